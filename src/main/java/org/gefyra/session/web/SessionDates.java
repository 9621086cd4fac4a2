package org.gefyra.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.gefyra.shared.i18n.Language;

/** Days, times and language names as the page's language writes them: {@code #{when.day(date)}}, {@code #{when.hours(from, to)}}. */
@Named("when")
@RequestScoped
public class SessionDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Language language;

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    public String date(LocalDateTime time) {
        return time == null ? "" : day(time.toLocalDate());
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String hours(LocalDateTime from, LocalDateTime to) {
        return time(from) + "\u2013" + time(to);
    }

    /** A moment on the server's clock, as a day and a time. */
    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        return shortDate(local.toLocalDate()) + " " + time(local);
    }

    public String clock(Instant instant) {
        return instant == null ? "" : time(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(month);
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale());
    }

    public String weekdayShort(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, locale());
    }

    /** A language's name in the page's language: "Arabic", "Αραβικά". */
    public String languageName(String code) {
        Locale spoken = Locale.forLanguageTag(code);
        String name = spoken.getDisplayLanguage(locale());
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    private Locale locale() {
        return language.getLocale();
    }
}
