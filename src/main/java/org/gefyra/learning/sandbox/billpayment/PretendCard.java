package org.gefyra.learning.sandbox.billpayment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gefyra.learning.sandbox.TypedText;

/**
 * The bank card drawn on the pretend payment page. The learner copies it into the card form; the
 * form takes no other card, so that nobody ever types a real card into a practice page.
 */
public final class PretendCard {

    public static final String NUMBER = "4000 1234 5678 9010";
    public static final String EXPIRY = "12/29";
    public static final String SECURITY_CODE = "737";
    public static final String HOLDER = "A. ROSSI";

    public static final String NOT_THE_CARD = "bill.error.cardNumber";
    public static final String NOT_THE_EXPIRY = "bill.error.expiry";
    public static final String NOT_THE_CODE = "bill.error.securityCode";

    private PretendCard() {
    }

    public static String lastDigits() {
        return NUMBER.substring(NUMBER.length() - 4);
    }

    /** Every box of the card form that does not match the pretend card, with a message key for each. */
    public static Map<String, String> problems(String number, String expiry, String securityCode, String holder) {
        Map<String, String> problems = new LinkedHashMap<>();
        TypedText.problem(number, 40).or(() -> digits(number).equals(digits(NUMBER))
                ? Optional.empty() : Optional.of(NOT_THE_CARD))
                .ifPresent(p -> problems.put("cardNumber", p));
        TypedText.problem(expiry, 10).or(() -> expiryMatches(expiry)
                ? Optional.empty() : Optional.of(NOT_THE_EXPIRY))
                .ifPresent(p -> problems.put("expiry", p));
        TypedText.problem(securityCode, 10).or(() -> digits(securityCode).equals(SECURITY_CODE)
                ? Optional.empty() : Optional.of(NOT_THE_CODE))
                .ifPresent(p -> problems.put("securityCode", p));
        TypedText.problem(holder, 60).ifPresent(p -> problems.put("holder", p));
        return problems;
    }

    private static boolean expiryMatches(String typed) {
        String digits = digits(typed);
        return digits.equals("1229") || digits.equals("122029");
    }

    private static String digits(String typed) {
        return TypedText.strip(typed).replaceAll("[\\s\\u00a0/.-]", "");
    }
}
