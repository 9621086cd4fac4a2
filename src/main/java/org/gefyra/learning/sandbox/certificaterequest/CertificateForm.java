package org.gefyra.learning.sandbox.certificaterequest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.TypedText;

/**
 * The pretend town hall's request form: which certificate, for whom (a made-up name is fine),
 * their date of birth, and how to deliver it. {@link #problems} says what to fix, box by box.
 */
public record CertificateForm(String certificate, String name, String birthDay, String birthMonth,
        String birthYear, String delivery, String email, String address, String purpose) {

    public static final List<String> CERTIFICATES = List.of("birth", "residence", "family-status", "marriage");
    public static final List<String> DELIVERIES = List.of("email", "post");
    public static final List<String> PURPOSES = List.of("benefits", "work", "school", "other");

    public static final String BAD_DATE = "certificate.error.date";
    public static final String FUTURE_DATE = "certificate.error.futureDate";
    public static final String BAD_EMAIL = "certificate.error.email";
    public static final String CHOOSE_DELIVERY = "certificate.error.delivery";
    public static final String CHOOSE_CERTIFICATE = "certificate.error.certificate";
    public static final String CHOOSE_FROM_LIST = "error.chooseFromList";

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static boolean isCertificate(String id) {
        return id != null && CERTIFICATES.contains(id);
    }

    /** Every box that needs a change, in the order of the form, with a message key for each. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!isCertificate(certificate)) {
            problems.put("certificate", CHOOSE_CERTIFICATE);
        }
        TypedText.problem(name, 80).ifPresent(p -> problems.put("name", p));
        birthDateProblem(today).ifPresent(p -> problems.put("birthDay", p));
        if (delivery == null || !DELIVERIES.contains(delivery)) {
            problems.put("delivery", CHOOSE_DELIVERY);
        } else if (delivery.equals("email")) {
            TypedText.problem(email, 100).or(() -> EMAIL.matcher(TypedText.strip(email)).matches()
                    ? Optional.empty() : Optional.of(BAD_EMAIL)).ifPresent(p -> problems.put("email", p));
        } else {
            TypedText.problem(address, 200).ifPresent(p -> problems.put("address", p));
        }
        if (purpose != null && !purpose.isEmpty() && !PURPOSES.contains(purpose)) {
            problems.put("purpose", CHOOSE_FROM_LIST);
        }
        return problems;
    }

    private Optional<String> birthDateProblem(LocalDate today) {
        String day = TypedText.strip(birthDay);
        String month = TypedText.strip(birthMonth);
        String year = TypedText.strip(birthYear);
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.of(TypedText.REQUIRED);
        }
        if (!NUMBER.matcher(day).matches() || !NUMBER.matcher(month).matches() || !NUMBER.matcher(year).matches()
                || year.length() != 4) {
            return Optional.of(BAD_DATE);
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (born.getYear() < 1900) {
                return Optional.of(BAD_DATE);
            }
            return born.isAfter(today) ? Optional.of(FUTURE_DATE) : Optional.empty();
        } catch (DateTimeException impossible) {
            return Optional.of(BAD_DATE);
        }
    }

    public GoalCheck check(Map<String, String> goal) {
        return new GoalCheck.Builder(goal).same("certificate", certificate).build();
    }
}
