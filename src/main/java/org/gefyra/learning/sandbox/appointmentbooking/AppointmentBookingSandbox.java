package org.gefyra.learning.sandbox.appointmentbooking;

import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;

/** The pretend health centre's booking page: a practice step names a service, a day and a time. */
public final class AppointmentBookingSandbox implements Sandbox {

    public static final String ID = "appointment-booking";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "service", GoalValues.oneOf(Appointment.SERVICES),
            "day", GoalValues.oneOf(Timetable.DAYS),
            "time", GoalValues.oneOf(Timetable.TIMES));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }
}
