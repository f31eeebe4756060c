package io.pulse.messaging.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at an OpenAI-compatible model server played by WireMock (one per test JVM, on a free
 * port of the loopback interface, stopped when the JVM exits): {@code PULSE_AI_PROVIDER=openai}, its base URL, model
 * {@value FakeModel#MODEL}, a test key and a 6-second timeout (a cold application's first calls on a busy build
 * machine take a few seconds of their own: a model answering in 2 s must not time out, one that hangs must). What it answers is set per test with {@link FakeModel}.
 * Use it in a test profile ({@code QuarkusTestProfile#testResources}) so that the rest of a service's tests keep the
 * local engines.
 */
public class FakeModelServer implements QuarkusTestResourceLifecycleManager {

    static final String PORT_PROPERTY = "pulse.test.model.port";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "pulse.ai.provider", "openai",
                "pulse.ai.base-url", "http://127.0.0.1:" + port() + "/v1",
                "pulse.ai.model", FakeModel.MODEL,
                "pulse.ai.api-key", FakeModel.API_KEY,
                "pulse.ai.timeout", "6s");
    }

    @Override
    public void stop() {
        // The server outlives each Quarkus application of the run; a JVM shutdown hook stops it.
    }

    /** The port of this JVM's server, starting it on first use. */
    static synchronized int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port != null) {
            return Integer.parseInt(port);
        }
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(40).asynchronousResponseEnabled(true));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-model-stop"));
        System.setProperty(PORT_PROPERTY, Integer.toString(server.port()));
        return server.port();
    }
}
