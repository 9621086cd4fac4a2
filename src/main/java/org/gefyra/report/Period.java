package org.gefyra.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gefyra.shared.InvalidInputException;

/** The days a report covers, from the first to the last, both included, in the reports' time zone. */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a report covers: ten years of months is already a long chart. */
    public static final int MOST_MONTHS = 120;

    public Period {
        if (from == null || to == null) {
            throw new InvalidInputException("period", "error.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("period", "reports.error.periodOrder");
        }
        if (months(from, to).size() > MOST_MONTHS) {
            throw new InvalidInputException("period", "reports.error.periodLong");
        }
    }

    /** The twelve months up to and including the current one. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The calendar months the period touches, in order. */
    public List<YearMonth> months() {
        return months(from, to);
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)) && months.size() <= MOST_MONTHS;
                m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Where a month's part of the period starts: the month's first day, or the period's first day. */
    public Instant start(YearMonth month, ZoneId zone) {
        LocalDate first = month.atDay(1);
        return (first.isBefore(from) ? from : first).atStartOfDay(zone).toInstant();
    }
}
