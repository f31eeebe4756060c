package io.pulse.messaging.autoresponse.support;

import jakarta.inject.Singleton;

import io.pulse.messaging.testing.AdjustableClock;

/** The service's clock in tests (replaces the default clock bean): cooldowns and hourly caps expire without sleeping. */
@Singleton
public class TestClock extends AdjustableClock {
}
