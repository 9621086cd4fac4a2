package org.gefyra.learning.sandbox.billpayment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.TypedText;

/**
 * A bill the learner pays on the pretend payment page: the payment reference printed on the bill
 * and the amount. References are compared without spaces and case; amounts may be typed with a
 * decimal point or a decimal comma ("42.50", "42,50", "42,5 €").
 */
public record Payment(String reference, BigDecimal amount) {

    public static final String BAD_REFERENCE = "bill.error.reference";
    public static final String BAD_AMOUNT = "bill.error.amount";

    private static final Pattern AMOUNT = Pattern.compile("([0-9]{1,6})(?:[.,]([0-9]{1,2}))?");

    /** The reference as the company reads it: "rf18 5390" becomes "RF185390". */
    public static String normaliseReference(String typed) {
        return TypedText.strip(typed).replaceAll("[\\s\\u00a0\\u202f-]", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> referenceProblem(String typed) {
        return referenceProblem(typed, ReferenceKind.FREE_TEXT);
    }

    /** What is wrong with a reference the learner typed for a bill with this kind of reference, or nothing. */
    public static Optional<String> referenceProblem(String typed, ReferenceKind kind) {
        Optional<String> problem = TypedText.problem(typed, 50);
        if (problem.isPresent()) {
            return problem;
        }
        return kind.matches(normaliseReference(typed)) ? Optional.empty() : Optional.of(BAD_REFERENCE + kind.wordsSuffix());
    }

    /** The amount with two decimals, or nothing if the text is not an amount of money. */
    public static Optional<BigDecimal> parseAmount(String typed) {
        String text = TypedText.strip(typed).replaceAll("(?i)€|eur(o)?|[\\s\\u00a0\\u202f]", "");
        if (text.length() > 12) {
            return Optional.empty();
        }
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String cents = matcher.group(2) == null ? "00" : (matcher.group(2) + "0").substring(0, 2);
        return Optional.of(new BigDecimal(matcher.group(1) + "." + cents));
    }

    public static Optional<String> amountProblem(String typed) {
        if (TypedText.strip(typed).isEmpty()) {
            return Optional.of(TypedText.REQUIRED);
        }
        return parseAmount(typed).filter(a -> a.signum() > 0).isPresent() ? Optional.empty() : Optional.of(BAD_AMOUNT);
    }

    public GoalCheck check(Map<String, String> goal) {
        return new GoalCheck.Builder(goal)
                .compare("reference", reference, (wanted, given) -> normaliseReference(wanted).equals(normaliseReference(given)))
                .compare("amount", amount == null ? null : amount.toPlainString(),
                        (wanted, given) -> new BigDecimal(wanted).compareTo(new BigDecimal(given)) == 0)
                .build();
    }
}
