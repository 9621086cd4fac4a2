package org.gefyra.learning.sandbox.appointmentbooking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gefyra.learning.sandbox.Difference;
import org.junit.jupiter.api.Test;

/** A learner books a visit at the pretend health centre. */
class AppointmentTest {

    private static final Map<String, String> GOAL = Map.of("service", "general-practitioner", "day", "tuesday",
            "time", "10:00");

    @Test
    void theVisitOfTheTaskReachesTheGoal() {
        assertTrue(new Appointment("general-practitioner", "tuesday", "10:00").check(GOAL).isReached());
    }

    @Test
    void everyPartThatDiffersIsNamed() {
        assertEquals(List.of(new Difference("day", "wednesday", "tuesday")),
                new Appointment("general-practitioner", "wednesday", "10:00").check(GOAL).differences());
        assertEquals(List.of(new Difference("service", "dentist", "general-practitioner"),
                        new Difference("time", "10:30", "10:00")),
                new Appointment("dentist", "tuesday", "10:30").check(GOAL).differences());
        assertEquals(3, Appointment.NONE.check(GOAL).differences().size());
    }

    @Test
    void aGoalWithSomeKeysAcceptsAnythingForTheOthers() {
        Map<String, String> nurseOnly = Map.of("service", "nurse");
        assertTrue(new Appointment("nurse", "friday", "16:30").check(nurseOnly).isReached());
        assertFalse(new Appointment("dentist", "friday", "16:30").check(nurseOnly).isReached());
    }

    @Test
    void choosingAnotherDayForgetsTheTime() {
        Appointment booked = new Appointment("nurse", "monday", "09:30");
        assertNull(booked.withDay("tuesday").time());
        assertEquals("09:30", booked.withDay("monday").time());
    }

    @Test
    void theTimeOfTheTaskIsNeverTaken() {
        assertTrue(Timetable.isTaken("tuesday", "10:30", Map.of()));
        assertFalse(Timetable.isTaken("tuesday", "10:30", Map.of("day", "tuesday", "time", "10:30")));
        assertTrue(Timetable.isTaken("tuesday", "10:30", Map.of("day", "monday", "time", "10:30")));
        assertFalse(Timetable.isTaken("friday", "10:00", Map.of("time", "10:00")));
        for (String day : Timetable.days()) {
            for (String time : Timetable.times()) {
                assertFalse(Timetable.isTaken(day, time, Map.of("day", day, "time", time)), day + " " + time);
            }
        }
    }

    @Test
    void thePretendWeekIsNextWeek() {
        LocalDate wednesday = LocalDate.of(2025, 10, 8);
        assertEquals(LocalDate.of(2025, 10, 13), Timetable.date("monday", wednesday));
        assertEquals(LocalDate.of(2025, 10, 17), Timetable.date("friday", wednesday));
    }

    @Test
    void onlyKnownServicesDaysAndTimesAreTaken() {
        assertTrue(Appointment.isService("blood-test"));
        assertFalse(Appointment.isService("surgeon"));
        assertFalse(Appointment.isService(null));
        assertTrue(Appointment.isDay("friday"));
        assertFalse(Appointment.isDay("saturday"));
        assertTrue(Appointment.isTime("16:30"));
        assertFalse(Appointment.isTime("17:00"));
        assertFalse(Appointment.isTime("<script>"));
    }
}
