package io.pulse.messaging.autoresponse.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A weekly window in local time of an IANA zone: on the listed days (all when none), from {@code start}
 * (inclusive) to {@code end} (exclusive). When end is not after start the window wraps midnight and belongs to
 * the day it starts on (Friday 22:00 to 06:00 covers Saturday 03:00). Local times are read in the zone's rules
 * at the message's instant, so the window follows daylight-saving changes; a start in a skipped hour begins
 * when the clocks resume.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

    public Schedule {
        days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public boolean wrapsMidnight() {
        return !end.isAfter(start);
    }

    public boolean contains(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (!wrapsMidnight()) {
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        if (start.equals(end) && start.equals(LocalTime.MIDNIGHT)) {
            return days.contains(day); // 00:00 to 00:00: whole days
        }
        return (days.contains(day) && !time.isBefore(start)) || (days.contains(day.minus(1)) && time.isBefore(end));
    }

    public Check check(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        String when = local.getDayOfWeek().toString().toLowerCase() + " " + local.toLocalTime().withNano(0) + " " + zone.getId();
        return contains(instant)
                ? Check.pass("schedule", when + " is inside the window " + start + "-" + end)
                : Check.fail("schedule", when + " is outside the window " + start + "-" + end + " on " + days);
    }
}
