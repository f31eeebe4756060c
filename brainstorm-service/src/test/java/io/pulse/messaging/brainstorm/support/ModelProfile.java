package io.pulse.messaging.brainstorm.support;

import java.util.HashMap;
import java.util.Map;

import io.pulse.messaging.testing.FakeModelProfile;

/**
 * The application with the fake model server behind every assistant feature, and a database pool of two connections:
 * small enough that a request holding a connection through a slow model call would starve the others, which
 * {@code ModelCallHoldsNoConnectionTest} checks. One profile for every model test class,
 * so Quarkus starts once; the classes carry the JUnit tag {@value #TAG}, which runs them in a JVM of their own (pom.xml).
 */
public class ModelProfile extends FakeModelProfile {

    public static final String TAG = "fake-model";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.reactive.max-size", "2");
        return config;
    }
}
