package io.pulse.messaging.common.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of a service. Everything that depends on time (expiry, cooldowns, schedules) takes it, so that
 * tests move time by replacing this bean instead of sleeping.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
