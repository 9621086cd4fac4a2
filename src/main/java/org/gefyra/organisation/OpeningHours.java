package org.gefyra.organisation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gefyra.shared.InvalidInputException;

/**
 * When a site is open, day by day: one or more time ranges per weekday, none on a closed day.
 * Kept in one column as {@code MONDAY=09:00-13:00,14:00-17:00;WEDNESDAY=10:00-12:00}, and typed by
 * educators one day at a time as {@code 9:00-13:00, 14:00-17:00}.
 */
public record OpeningHours(Map<DayOfWeek, List<Hours>> days) {

    /** From one time to a later one on the same day. */
    public record Hours(LocalTime from, LocalTime to) {

        public Hours {
            if (!to.isAfter(from)) {
                throw new InvalidInputException("hours", "error.hoursOrder");
            }
        }

        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    public static final OpeningHours NONE = new OpeningHours(Map.of());

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*[-\u2013\u2014]\\s*(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final int MOST_RANGES = 4;

    public OpeningHours {
        Map<DayOfWeek, List<Hours>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, hours) -> {
            if (!hours.isEmpty()) {
                copy.put(day, List.copyOf(hours));
            }
        });
        days = Collections.unmodifiableMap(copy);
    }

    /** What an educator typed for one day: empty for closed, else ranges separated by commas. */
    public static List<Hours> typed(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<Hours> ranges = new ArrayList<>();
        for (String part : typed.split("[,;]")) {
            Matcher range = RANGE.matcher(part.strip());
            if (!range.matches() || ranges.size() == MOST_RANGES) {
                throw new InvalidInputException(field, "error.hoursFormat");
            }
            try {
                ranges.add(new Hours(time(range.group(1), range.group(2)), time(range.group(3), range.group(4))));
            } catch (InvalidInputException wrongOrder) {
                throw new InvalidInputException(field, wrongOrder.messageKey());
            } catch (DateTimeException notATime) {
                throw new InvalidInputException(field, "error.hoursFormat");
            }
        }
        return ranges;
    }

    /** The hours as stored; a stored value that cannot be read (changed by hand) counts as none. */
    public static OpeningHours parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        Map<DayOfWeek, List<Hours>> days = new EnumMap<>(DayOfWeek.class);
        try {
            for (String day : stored.split(";")) {
                String[] parts = day.split("=", 2);
                days.put(DayOfWeek.valueOf(parts[0]), typed("hours", parts[1]));
            }
        } catch (RuntimeException unreadable) {
            return NONE;
        }
        return new OpeningHours(days);
    }

    public String stored() {
        return days.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Hours::toString).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    /** One day's hours as an educator types them, empty when closed. */
    public String typedFor(DayOfWeek day) {
        return days.getOrDefault(day, List.of()).stream().map(h -> h.from() + "\u2013" + h.to())
                .collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    private static LocalTime time(String hour, String minute) {
        return LocalTime.of(Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute));
    }
}
