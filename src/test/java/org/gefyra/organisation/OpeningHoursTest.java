package org.gefyra.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gefyra.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening hours as educators type them, day by day, and as they are kept. */
class OpeningHoursTest {

    @Test
    void hoursAreReadAsPeopleWriteThem() {
        List<OpeningHours.Hours> hours = OpeningHours.typed("MONDAY", " 9-13,14:30 \u2013 17.00 ");
        assertEquals(List.of(new OpeningHours.Hours(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new OpeningHours.Hours(LocalTime.of(14, 30), LocalTime.of(17, 0))), hours);
        assertTrue(OpeningHours.typed("MONDAY", "  ").isEmpty(), "an empty day is closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nine to five", "9", "25:00-26:00", "9:75-10:00", "17:00-9:00", "9-10, 11-12, 13-14, 15-16, 17-18"})
    void hoursThatCannotBeReadAreRefusedForThatDay(String typed) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> OpeningHours.typed("FRIDAY", typed));
        assertEquals("FRIDAY", refused.field());
    }

    @Test
    void whatIsKeptComesBackTheSameAndSomethingUnreadableCountsAsNone() {
        Map<DayOfWeek, List<OpeningHours.Hours>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.TUESDAY, OpeningHours.typed("TUESDAY", "10:00-13:00, 17:00-20:00"));
        days.put(DayOfWeek.SUNDAY, List.of());
        OpeningHours hours = new OpeningHours(days);
        assertEquals("TUESDAY=10:00-13:00,17:00-20:00", hours.stored());
        assertEquals(hours, OpeningHours.parse(hours.stored()));
        assertEquals("10:00\u201313:00, 17:00\u201320:00", hours.typedFor(DayOfWeek.TUESDAY));
        assertEquals("", hours.typedFor(DayOfWeek.SUNDAY));
        assertEquals(OpeningHours.NONE, OpeningHours.parse("SOMEDAY=nonsense"));
    }
}
