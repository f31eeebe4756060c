package io.pulse.messaging.autoresponse.engine;

import java.time.Instant;

/** From (inclusive) until (exclusive); either end may be open. */
public record DateRange(Instant from, Instant until) {

    public boolean contains(Instant instant) {
        return (from == null || !instant.isBefore(from)) && (until == null || instant.isBefore(until));
    }

    /** Whether every instant of {@code other} is in this range. */
    boolean covers(DateRange other) {
        boolean fromOk = from == null || (other.from != null && !other.from.isBefore(from));
        boolean untilOk = until == null || (other.until != null && !other.until.isAfter(until));
        return fromOk && untilOk;
    }

    boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = from == null || other.until == null || from.isBefore(other.until);
        boolean otherStartsBeforeThisEnds = other.from == null || until == null || other.from.isBefore(until);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public Check check(Instant instant) {
        if (from != null && instant.isBefore(from)) {
            return Check.fail("dateRange", "message sent before the range starts (" + from + ")");
        }
        if (until != null && !instant.isBefore(until)) {
            return Check.fail("dateRange", "message sent after the range ended (" + until + ")");
        }
        return Check.pass("dateRange", "message sent within the date range");
    }
}
