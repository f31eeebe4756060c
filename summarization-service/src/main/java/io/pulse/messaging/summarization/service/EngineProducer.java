package io.pulse.messaging.summarization.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;
import io.pulse.messaging.summarization.engine.DailyDigester;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryEngine;

/** The engine the service uses: the local extractive one unless another {@link SummaryEngine} bean replaces it. */
public class EngineProducer {

    @Produces
    @Singleton
    @DefaultBean
    SummaryEngine engine() {
        return new ExtractiveSummaryEngine();
    }

    @Produces
    @Singleton
    DailyDigester digester(SummaryEngine engine) {
        return new DailyDigester(engine);
    }
}
