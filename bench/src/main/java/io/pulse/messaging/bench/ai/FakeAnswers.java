package io.pulse.messaging.bench.ai;

import io.vertx.core.json.JsonObject;

/**
 * What the benchmark's fake model answers: for now an empty object, which every feature's validator rejects, so the
 * services fall back to their local engines ({@code invalid-output}) after the model's latency.
 */
final class FakeAnswers {

    private FakeAnswers() {
    }

    static String answer(JsonObject request) {
        return "{}";
    }
}
