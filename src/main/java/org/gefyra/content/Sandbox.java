package org.gefyra.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The safe imitations of public-service websites that practice steps use, and the goal keys
 * each one checks, with the values it can reach. Nothing a learner does in a sandbox leaves
 * the application.
 */
public enum Sandbox {
    GOV_LOGIN("gov-login", Map.of(
            "username", Goal.pattern("[a-z0-9][a-z0-9.-]{2,39}"))),
    APPOINTMENT_BOOKING("appointment-booking", Map.of(
            "service", Goal.oneOf(AppointmentValues.SERVICES),
            "day", Goal.oneOf(AppointmentValues.DAYS),
            "time", Goal.oneOf(AppointmentValues.TIMES))),
    CERTIFICATE_REQUEST("certificate-request", Map.of(
            "certificate", Goal.oneOf(List.of("birth", "residence", "family-status", "marriage")))),
    BILL_PAYMENT("bill-payment", Map.of(
            "reference", Goal.pattern("[A-Za-z0-9][A-Za-z0-9 ]{2,33}[A-Za-z0-9]"),
            "amount", Goal.pattern("[0-9]{1,5}\\.[0-9]{2}"))),
    EMAIL_INBOX("email-inbox", Map.of(
            "scams", Goal.oneOf(List.of("1", "2", "3")))),
    VIDEO_CALL("video-call", Map.of(
            "contact", Goal.oneOf(List.of("daughter", "son", "grandchild", "friend"))));

    private final String id;
    private final Map<String, Goal> goalKeys;

    Sandbox(String id, Map<String, Goal> goalKeys) {
        this.id = id;
        this.goalKeys = goalKeys;
    }

    public String id() {
        return id;
    }

    public java.util.Set<String> goalKeys() {
        return goalKeys.keySet();
    }

    public boolean accepts(String key, String value) {
        Goal goal = goalKeys.get(key);
        return goal != null && value != null && goal.test(value);
    }

    /** What an author may write for a goal key, to say in an error. */
    public String allowed(String key) {
        return goalKeys.get(key).description();
    }

    public static Optional<Sandbox> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Sandbox::id).toList();
    }

    /** The values a goal key accepts. */
    record Goal(Predicate<String> rule, String description) {

        static Goal oneOf(List<String> values) {
            return new Goal(values::contains, String.join(", ", values));
        }

        static Goal pattern(String regex) {
            Pattern pattern = Pattern.compile(regex);
            return new Goal(value -> pattern.matcher(value).matches(), "text matching " + regex);
        }

        boolean test(String value) {
            return rule.test(value);
        }
    }

    /** The appointment-booking sandbox's services, days and half-hour times. */
    public static final class AppointmentValues {
        public static final List<String> SERVICES = List.of("general-practitioner", "dentist", "nurse",
                "vaccination", "blood-test");
        public static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");
        public static final List<String> TIMES = times();

        private AppointmentValues() {
        }

        private static List<String> times() {
            List<String> times = new ArrayList<>();
            for (int hour = 8; hour <= 16; hour++) {
                times.add(String.format("%02d:00", hour));
                times.add(String.format("%02d:30", hour));
            }
            return List.copyOf(times);
        }
    }
}
