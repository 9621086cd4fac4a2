package org.gefyra.learning.sandbox.billpayment;

import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;

/** The water company's pretend payment page: a practice step names the payment reference and the amount. */
public final class BillPaymentSandbox implements Sandbox {

    public static final String ID = "bill-payment";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "reference", GoalValues.matching("[A-Za-z0-9][A-Za-z0-9 ]{2,33}[A-Za-z0-9]"),
            "amount", GoalValues.matching("[0-9]{1,5}\\.[0-9]{2}"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }
}
