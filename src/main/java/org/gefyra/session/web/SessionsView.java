package org.gefyra.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.Site;
import org.gefyra.session.SessionRow;
import org.gefyra.session.SessionService;
import org.gefyra.shared.security.CurrentCaller;

/** The educator's sessions: a month's calendar, what is coming, what is over, and their sites. */
@Named
@RequestScoped
public class SessionsView {

    /** One day of the calendar. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<SessionRow> sessions) {
    }

    static final int LISTED = 30;

    @Inject
    SessionService sessions;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    @ManagedProperty("#{param.month}")
    String monthParameter;

    private YearMonth month;
    private List<List<Day>> weeks;
    private List<SessionRow> upcoming;
    private List<SessionRow> past;

    public YearMonth getMonth() {
        if (month == null) {
            try {
                month = monthParameter == null ? YearMonth.now() : YearMonth.parse(monthParameter.strip());
            } catch (DateTimeParseException notAMonth) {
                month = YearMonth.now();
            }
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                month = YearMonth.now();
            }
        }
        return month;
    }

    /** The month's weeks, Monday to Sunday, with the days of the months around it greyed. */
    public List<List<Day>> getWeeks() {
        if (weeks == null) {
            LocalDate first = getMonth().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = getMonth().atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            Map<LocalDate, List<SessionRow>> byDay = sessions.between(caller.get(), first, last).stream()
                    .collect(Collectors.groupingBy(SessionRow::date));
            weeks = new ArrayList<>();
            for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                List<Day> week = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    LocalDate day = monday.plusDays(i);
                    week.add(new Day(day, YearMonth.from(day).equals(getMonth()), day.equals(LocalDate.now()),
                            byDay.getOrDefault(day, List.of())));
                }
                weeks.add(week);
            }
        }
        return weeks;
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public String getPreviousMonth() {
        return getMonth().minusMonths(1).toString();
    }

    public String getNextMonth() {
        return getMonth().plusMonths(1).toString();
    }

    public List<SessionRow> getUpcoming() {
        if (upcoming == null) {
            upcoming = sessions.upcoming(caller.get(), LISTED);
        }
        return upcoming;
    }

    public List<SessionRow> getPast() {
        if (past == null) {
            past = sessions.past(caller.get(), LISTED);
        }
        return past;
    }

    public List<Site> getSites() {
        return organisations.sites(caller.get());
    }
}
