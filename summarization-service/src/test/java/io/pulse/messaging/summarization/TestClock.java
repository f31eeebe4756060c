package io.pulse.messaging.summarization;

import jakarta.inject.Singleton;

import io.pulse.messaging.testing.AdjustableClock;

/** The service's clock in tests (replaces the default clock bean): cache entries and summaries expire without sleeping. */
@Singleton
public class TestClock extends AdjustableClock {
}
