package org.gefyra.learning.sandbox.appointmentbooking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;
import org.gefyra.content.SettingValues;
import org.gefyra.content.SiteSettings;

/**
 * The pretend booking page: a practice step names a service, a day and a time. Its settings may
 * list the provider's own services instead of the health centre's; the text files then name the
 * provider and each of those services. The text files may name the provider in any case.
 */
public final class AppointmentBookingSandbox implements Sandbox {

    public static final String ID = "appointment-booking";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "service", GoalValues.oneOf(Appointment.SERVICES),
            "day", GoalValues.oneOf(Timetable.DAYS),
            "time", GoalValues.oneOf(Timetable.TIMES));
    private static final Map<String, SettingValues> SETTINGS = Map.of("services", SettingValues.ids(true, 1, 6));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }

    @Override
    public Map<String, GoalValues> goals(SiteSettings settings) {
        List<String> services = services(settings);
        if (services == Appointment.SERVICES) {
            return GOALS;
        }
        return Map.of("service", GoalValues.where(services::contains, "format.service", String.join(", ", services)),
                "day", GOALS.get("day"), "time", GOALS.get("time"));
    }

    @Override
    public Map<String, SettingValues> settings() {
        return SETTINGS;
    }

    @Override
    public List<String> names(SiteSettings settings) {
        List<String> names = new ArrayList<>(List.of("provider"));
        if (settings.values().containsKey("services")) {
            services(settings).forEach(service -> names.add("services." + service));
        }
        return names;
    }

    /** The services a step's page offers: the health centre's own without settings. */
    public static List<String> services(SiteSettings settings) {
        return settings.list("services", Appointment.SERVICES);
    }
}
