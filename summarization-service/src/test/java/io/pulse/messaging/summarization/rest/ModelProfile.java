package io.pulse.messaging.summarization.rest;

import java.util.HashMap;
import java.util.Map;

import io.pulse.messaging.testing.FakeModelProfile;

/**
 * The service with the fake model server behind both features ({@code summary}, {@code digest}), and a pool of two
 * database connections: a computation that held a connection while the model answers would starve every other request.
 */
public class ModelProfile extends FakeModelProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.reactive.max-size", "2");
        return config;
    }
}
