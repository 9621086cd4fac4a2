package org.gefyra.learning.sandbox.appointmentbooking;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gefyra.learning.sandbox.GoalCheck;

/**
 * A visit the learner puts together on the pretend health centre's booking page: a service, a
 * day of the pretend week and a half-hour time. Any part may still be missing (null).
 */
public record Appointment(String service, String day, String time) implements Serializable {

    public static final List<String> SERVICES = List.of("general-practitioner", "dentist", "nurse",
            "vaccination", "blood-test");
    public static final Appointment NONE = new Appointment(null, null, null);

    public static boolean isService(String service) {
        return service != null && SERVICES.contains(service);
    }

    public static boolean isDay(String day) {
        return day != null && Timetable.DAYS.contains(day);
    }

    public static boolean isTime(String time) {
        return time != null && Timetable.TIMES.contains(time);
    }

    public Appointment withService(String chosen) {
        return new Appointment(chosen, day, time);
    }

    /** Another day; the time goes, as it was chosen among that day's free times. */
    public Appointment withDay(String chosen) {
        return new Appointment(service, chosen, chosen.equals(day) ? time : null);
    }

    public Appointment withTime(String chosen) {
        return new Appointment(service, day, chosen);
    }

    public boolean isComplete() {
        return service != null && day != null && time != null;
    }

    /** A short record of the visit for the learning record: "service=dentist day=tuesday time=10:00". */
    public String describe() {
        return "service=" + service + " day=" + day + " time=" + time;
    }

    public GoalCheck check(Map<String, String> goal) {
        return new GoalCheck.Builder(goal).same("service", service).same("day", day).same("time", time).build();
    }
}
