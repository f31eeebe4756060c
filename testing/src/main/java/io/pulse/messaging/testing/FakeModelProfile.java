package io.pulse.messaging.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose application calls the fake model server ({@link FakeModelServer}) with two calls at once per
 * replica; extend it to add overrides. Tests under it set the answers with {@link FakeModel}.
 */
public class FakeModelProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeModelServer.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pulse.ai.max-concurrency", "2");
    }
}
