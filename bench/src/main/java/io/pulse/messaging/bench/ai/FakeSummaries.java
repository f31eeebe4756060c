package io.pulse.messaging.bench.ai;

import io.vertx.core.json.JsonObject;

/** The fake model's summaries (filled in with the summary feature's answer shape). */
final class FakeSummaries {

    private FakeSummaries() {
    }

    static String answer(String instructions, JsonObject data) {
        return "{}";
    }
}
