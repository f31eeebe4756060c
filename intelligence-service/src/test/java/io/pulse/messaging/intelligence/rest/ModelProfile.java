package io.pulse.messaging.intelligence.rest;

import java.util.HashMap;
import java.util.Map;

import io.pulse.messaging.testing.FakeModelProfile;

/**
 * The model tests' application: it calls the fake model server, with two database connections, room for ten model
 * calls at once (the fake server's 6 s timeout: a model that takes 2 s answers in time, one that hangs does not). The
 * classes under it run in a JVM of their own (the pom's {@code model-engine-tests} execution): a second Quarkus
 * application in one JVM cannot load the embedding model's native tokenizer again.
 */
public class ModelProfile extends FakeModelProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.reactive.max-size", "2");
        config.put("pulse.ai.max-concurrency", "16");
        return config;
    }
}
