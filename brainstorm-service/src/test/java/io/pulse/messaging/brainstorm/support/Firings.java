package io.pulse.messaging.brainstorm.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Firings of the retention schedule for tests: each later than any before, as a real schedule's are. */
public final class Firings {

    private static final AtomicLong SECONDS = new AtomicLong(Instant.now().getEpochSecond());

    private Firings() {
    }

    public static Instant next() {
        return Instant.ofEpochSecond(SECONDS.addAndGet(60));
    }
}
