package io.pulse.messaging.common.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps as the database keeps them: UTC, to the microsecond ({@code timestamptz}'s precision). */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * The current instant of {@code clock}, as it will read back from PostgreSQL: a value compared with a stored one
     * (a keyset cursor, an expiry) must not carry nanoseconds the column dropped.
     */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
