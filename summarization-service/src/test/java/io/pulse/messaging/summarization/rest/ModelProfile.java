package io.pulse.messaging.summarization.rest;

import java.util.HashMap;
import java.util.Map;

import io.pulse.messaging.testing.FakeModelProfile;

/**
 * The service with the fake model server behind both features ({@code summary}, {@code digest}), and a pool of two
 * database connections: a computation that held a connection while the model answers would starve every other request.
 * The features' timeout is 6 s rather than the fake server's 3 s: the first calls of a cold application on a busy build
 * machine take a few seconds of their own, and a test that means a model answering in 2 s must not see a timeout.
 */
public class ModelProfile extends FakeModelProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.reactive.max-size", "2");
        config.put("pulse.ai.feature.summary.timeout", "6s");
        config.put("pulse.ai.feature.digest.timeout", "6s");
        return config;
    }
}
