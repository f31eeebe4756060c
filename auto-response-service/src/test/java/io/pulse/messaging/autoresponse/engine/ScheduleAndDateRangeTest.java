package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScheduleAndDateRangeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void businessHoursOnWeekdaysInTheZone() {
        Schedule office = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), PARIS);
        assertTrue(office.contains(Instant.parse("2026-03-04T08:00:00Z"))); // Wed 09:00 Paris (UTC+1): start is inclusive
        assertFalse(office.contains(Instant.parse("2026-03-04T07:59:59Z"))); // Wed 08:59:59
        assertFalse(office.contains(Instant.parse("2026-03-04T16:00:00Z"))); // Wed 17:00: end is exclusive
        assertFalse(office.contains(Instant.parse("2026-03-07T10:00:00Z"))); // Saturday
    }

    @Test
    void aWindowThatWrapsMidnightBelongsToTheDayItStarts() {
        Schedule nights = new Schedule(Set.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0), PARIS);
        assertTrue(nights.contains(Instant.parse("2026-03-06T21:30:00Z"))); // Fri 22:30 Paris
        assertTrue(nights.contains(Instant.parse("2026-03-07T02:00:00Z"))); // Sat 03:00 Paris: Friday's night
        assertFalse(nights.contains(Instant.parse("2026-03-07T05:00:00Z"))); // Sat 06:00: over
        assertFalse(nights.contains(Instant.parse("2026-03-07T22:00:00Z"))); // Sat 23:00: Saturday is not listed
        assertFalse(nights.contains(Instant.parse("2026-03-06T02:00:00Z"))); // Fri 03:00: that is Thursday's night
        assertTrue(nights.wrapsMidnight());
    }

    @Test
    void localTimesHoldAcrossTheSpringForwardChange() {
        // Europe/Paris moves from UTC+1 to UTC+2 on Sunday 29 March 2026 at 02:00 local.
        Schedule morning = new Schedule(null, LocalTime.of(8, 0), LocalTime.of(9, 0), PARIS);
        assertTrue(morning.contains(Instant.parse("2026-03-28T07:30:00Z"))); // Sat 08:30 CET
        assertFalse(morning.contains(Instant.parse("2026-03-29T07:30:00Z"))); // Sun 09:30 CEST: a fixed offset would say 08:30
        assertTrue(morning.contains(Instant.parse("2026-03-29T06:30:00Z"))); // Sun 08:30 CEST
    }

    @Test
    void anOvernightWindowAcrossTheFallBackChange() {
        // America/New_York falls back on Sunday 1 November 2026 at 02:00 local (01:00-02:00 happens twice).
        Schedule overnight = new Schedule(Set.of(DayOfWeek.SATURDAY), LocalTime.of(23, 0), LocalTime.of(1, 30), NEW_YORK);
        assertTrue(overnight.contains(Instant.parse("2026-11-01T05:15:00Z"))); // 01:15 EDT, first pass
        assertTrue(overnight.contains(Instant.parse("2026-11-01T06:15:00Z"))); // 01:15 EST, second pass: still before 01:30 local
        assertFalse(overnight.contains(Instant.parse("2026-11-01T06:45:00Z"))); // 01:45 EST
        assertTrue(overnight.contains(Instant.parse("2026-11-01T03:30:00Z"))); // Sat 23:30 EDT
    }

    @Test
    void midnightToMidnightIsWholeDays() {
        Schedule weekend = new Schedule(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, PARIS);
        assertTrue(weekend.contains(Instant.parse("2026-03-07T00:30:00Z")));
        assertFalse(weekend.contains(Instant.parse("2026-03-06T12:00:00Z")));
    }

    @Test
    void dateRangeIsFromInclusiveUntilExclusiveAndOpenEnded() {
        DateRange holiday = new DateRange(Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-15T00:00:00Z"));
        assertTrue(holiday.contains(Instant.parse("2026-07-01T00:00:00Z")));
        assertTrue(holiday.contains(Instant.parse("2026-07-14T23:59:59Z")));
        assertFalse(holiday.contains(Instant.parse("2026-07-15T00:00:00Z")));
        assertFalse(holiday.contains(Instant.parse("2026-06-30T23:59:59Z")));
        assertTrue(new DateRange(null, Instant.parse("2026-07-15T00:00:00Z")).contains(Instant.parse("2000-01-01T00:00:00Z")));
        assertTrue(new DateRange(Instant.parse("2026-07-01T00:00:00Z"), null).contains(Instant.parse("2100-01-01T00:00:00Z")));
        assertTrue(holiday.check(Instant.parse("2026-07-20T00:00:00Z")).reason().contains("ended"));
    }
}
