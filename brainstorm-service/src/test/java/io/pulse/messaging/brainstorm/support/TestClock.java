package io.pulse.messaging.brainstorm.support;

import jakarta.inject.Singleton;

import io.pulse.messaging.testing.AdjustableClock;

/** The service's clock in tests (replaces the default clock bean): the AI cache expires without sleeping. */
@Singleton
public class TestClock extends AdjustableClock {
}
