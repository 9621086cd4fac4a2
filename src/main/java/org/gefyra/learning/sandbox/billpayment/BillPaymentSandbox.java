package org.gefyra.learning.sandbox.billpayment;

import java.util.List;
import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;
import org.gefyra.content.SettingValues;
import org.gefyra.content.SiteSettings;

/**
 * The pretend payment page: a practice step names the payment reference and the amount. Its
 * settings choose the kind of bill and the kind of payment reference; the text files then name
 * the payee. Without settings, it is the water company's page with any kind of reference.
 */
public final class BillPaymentSandbox implements Sandbox {

    public static final String ID = "bill-payment";
    public static final List<String> BILLS = List.of("water", "electricity", "waste-tax", "other");

    private static final GoalValues AMOUNT = GoalValues.matching("[0-9]{1,5}\\.[0-9]{2}", "format.amount");
    private static final GoalValues FREE_REFERENCE = GoalValues.matching("[A-Za-z0-9][A-Za-z0-9 ]{2,33}[A-Za-z0-9]",
            "format.freeReference");
    private static final Map<String, SettingValues> SETTINGS = Map.of(
            "bill", SettingValues.oneOf(true, BILLS),
            "reference", SettingValues.oneOf(true, ReferenceKind.ids()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return Map.of("reference", FREE_REFERENCE, "amount", AMOUNT);
    }

    @Override
    public Map<String, GoalValues> goals(SiteSettings settings) {
        ReferenceKind kind = referenceKind(settings);
        if (kind == ReferenceKind.FREE_TEXT) {
            return goals();
        }
        return Map.of("reference", GoalValues.where(
                written -> written.matches("[A-Za-z0-9 ]{2,60}") && kind.matches(Payment.normaliseReference(written)),
                kind.descriptionCode()), "amount", AMOUNT);
    }

    @Override
    public Map<String, SettingValues> settings() {
        return SETTINGS;
    }

    @Override
    public List<String> names(SiteSettings settings) {
        return List.of("payee");
    }

    /** The kind of reference a step's page asks for: any reference without settings. */
    public static ReferenceKind referenceKind(SiteSettings settings) {
        return ReferenceKind.byId(settings.value("reference", null)).orElse(ReferenceKind.FREE_TEXT);
    }

    /** The kind of bill a step's page is for: water without settings. */
    public static String bill(SiteSettings settings) {
        return settings.value("bill", "water");
    }
}
