package org.gefyra.learning.sandbox.appointmentbooking.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.ReferenceNumbers;
import org.gefyra.learning.sandbox.appointmentbooking.Appointment;
import org.gefyra.learning.sandbox.appointmentbooking.AppointmentBookingSandbox;
import org.gefyra.learning.sandbox.appointmentbooking.Timetable;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend health centre's booking page ({@code learn/sandbox/appointment-booking.xhtml}):
 * a service, a day and a free time of next week, a check of everything, and "Confirm".
 */
@Named
@ViewScoped
public class AppointmentBookingView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { SERVICE, TIME, REVIEW, BOOKED }

    /** A day of the pretend week, as its button shows it. */
    public record Day(String id, String label, boolean chosen) {
    }

    /** A half-hour time on the chosen day. */
    public record Slot(String time, boolean taken) {
    }

    private Screen screen = Screen.SERVICE;
    private Appointment appointment = Appointment.NONE;
    private String bookingNumber;

    public AppointmentBookingView() {
        super(AppointmentBookingSandbox.ID);
    }

    @Override
    protected String formId() {
        return "booking";
    }

    public void chooseService(String service) {
        clearErrors();
        if (service == null || !getServices().contains(service)) {
            refuse("service", "error.chooseFromList");
            return;
        }
        appointment = appointment.withService(service);
        screen = appointment.isComplete() ? Screen.REVIEW : Screen.TIME;
        record("service=" + service);
    }

    public void chooseDay(String day) {
        clearErrors();
        if (!Appointment.isDay(day)) {
            refuse("day", "error.chooseFromList");
            return;
        }
        appointment = appointment.withDay(day);
        record("day=" + day);
    }

    public void chooseTime(String time) {
        clearErrors();
        if (appointment.day() == null || !Appointment.isTime(time)) {
            refuse("time", "error.chooseFromList");
            return;
        }
        if (Timetable.isTaken(appointment.day(), time, goal())) {
            refuse("time", "booking.error.taken");
            return;
        }
        appointment = appointment.withTime(time);
        screen = Screen.REVIEW;
        record("time=" + time);
    }

    public void changeService() {
        clearErrors();
        screen = Screen.SERVICE;
        record("pressed=change-service");
    }

    public void changeDayOrTime() {
        clearErrors();
        screen = Screen.TIME;
        record("pressed=change-day-or-time");
    }

    public void confirm() {
        clearErrors();
        if (!appointment.isComplete()) {
            screen = appointment.service() == null ? Screen.SERVICE : Screen.TIME;
            return;
        }
        if (record("confirmed " + appointment.describe(), appointment.check(goal()), "practice.notYet", this::describe)) {
            bookingNumber = ReferenceNumbers.next("HC");
            screen = Screen.BOOKED;
        }
    }

    public void bookAgain() {
        startOver();
        appointment = Appointment.NONE;
        bookingNumber = null;
        screen = Screen.SERVICE;
        record("pressed=book-again");
    }

    private String describe(Difference difference) {
        String chosen = name(difference.key(), difference.chosen());
        String wanted = name(difference.key(), difference.wanted());
        return SandboxTexts.text("booking.diff." + difference.key(), chosen, wanted);
    }

    private String name(String key, String value) {
        return switch (key) {
            case "time" -> value;
            case "service" -> serviceName(value);
            default -> SandboxTexts.text("booking." + key + "." + value);
        };
    }

    /** The services on offer: the health centre's, or those of the practice step's settings. */
    public List<String> getServices() {
        return AppointmentBookingSandbox.services(settings());
    }

    /** A service's name: the module's, for a service of the step's settings, else the health centre's. */
    public String serviceName(String service) {
        String named = siteName("services." + service);
        return named != null ? named : SandboxTexts.text("booking.service." + service);
    }

    /** A few words about one of the health centre's own services; nothing for the module's own. */
    public String serviceAbout(String service) {
        return Appointment.isService(service) && siteName("services." + service) == null
                ? SandboxTexts.text("booking.about." + service) : null;
    }

    /** The provider, as the module names it in this language, or the health centre. */
    public String getProvider() {
        return siteName("provider", "booking.site");
    }

    /** Where the visit is: the health centre's ground floor, or the provider the module names. */
    public String getPlace() {
        return siteName("provider", "booking.place");
    }

    public List<Day> getDays() {
        return Timetable.days().stream().map(d -> new Day(d, dayLabel(d), d.equals(appointment.day()))).toList();
    }

    public List<Slot> getSlots() {
        String day = appointment.day();
        return day == null ? List.of()
                : Timetable.times().stream().map(t -> new Slot(t, Timetable.isTaken(day, t, goal()))).toList();
    }

    /** "Tuesday 14 October", in the page's language. */
    public String dayLabel(String day) {
        return SandboxTexts.text("booking.dayLabel", SandboxTexts.text("booking.day." + day),
                Timetable.date(day, LocalDate.now()));
    }

    public Screen getScreen() { return screen; }
    public Appointment getAppointment() { return appointment; }
    public String getBookingNumber() { return bookingNumber; }
}
