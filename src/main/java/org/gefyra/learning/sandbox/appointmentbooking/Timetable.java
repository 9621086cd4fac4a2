package org.gefyra.learning.sandbox.appointmentbooking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pretend health centre's week: next week, Monday to Friday, in half-hour times from 08:00
 * to 16:30. A few times are taken, as on a real booking page, but never the time a practice
 * step asks for, so that every goal can be reached.
 */
public final class Timetable {

    public static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");
    public static final List<String> TIMES = halfHours(8, 16);

    private static final Map<String, Set<String>> TAKEN = Map.of(
            "monday", Set.of("08:00", "08:30", "09:30", "11:00", "14:30", "16:00"),
            "tuesday", Set.of("08:00", "09:00", "10:30", "11:30", "13:00", "15:30"),
            "wednesday", Set.of("08:30", "10:00", "12:00", "12:30", "14:00", "16:30"),
            "thursday", Set.of("09:00", "09:30", "11:00", "13:30", "15:00", "15:30"),
            "friday", Set.of("08:00", "10:00", "10:30", "12:00", "14:30", "16:00"));

    private Timetable() {
    }

    public static List<String> days() {
        return DAYS;
    }

    public static List<String> times() {
        return TIMES;
    }

    /** Whether a time shows as taken on a day, for a step with this goal. */
    public static boolean isTaken(String day, String time, Map<String, String> goal) {
        String wantedTime = goal == null ? null : goal.get("time");
        String wantedDay = goal == null ? null : goal.get("day");
        if (time.equals(wantedTime) && (wantedDay == null || wantedDay.equals(day))) {
            return false;
        }
        return TAKEN.getOrDefault(day, Set.of()).contains(time);
    }

    /** The date of a day of the pretend week: the week after {@code today}'s. */
    public static LocalDate date(String day, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return monday.plusDays(days().indexOf(day));
    }

    private static List<String> halfHours(int firstHour, int lastHour) {
        List<String> times = new ArrayList<>();
        for (int hour = firstHour; hour <= lastHour; hour++) {
            times.add(String.format("%02d:00", hour));
            times.add(String.format("%02d:30", hour));
        }
        return List.copyOf(times);
    }
}
