package io.pulse.messaging.local;

import static io.pulse.messaging.local.ReplicaSuite.INTELLIGENCE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A conversation analysed on one replica reaches the live insight stream opened on the other. */
@Order(4)
class IntelligenceReplicasTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Test
    void anAnalysisOnReplicaBReachesTheInsightStreamOnReplicaA() {
        ReplicaSuite.User user = new ReplicaSuite.User("Insight Reader");
        UUID conversation = UUID.randomUUID();
        String path = "/api/intelligence/conversations/" + conversation;
        JsonArray thread = IntelligenceChecks.complaint();
        user.on(INTELLIGENCE, 1).call("POST", path + "/analyze", new JsonObject().put("messages", thread));
        try (EventStream events = user.on(INTELLIGENCE, 0).events(path + "/events")) {
            events.awaitOpen(Duration.ofSeconds(10));
            events.await("message", data -> true, Duration.ofSeconds(10)); // the current insight
            JsonArray longer = thread.copy();
            JsonObject last = thread.getJsonObject(thread.size() - 1);
            longer.add(new JsonObject().put("id", UUID.randomUUID().toString()).put("sender", last.getJsonObject("sender"))
                    .put("content", "Thank you, that finally solved it. Great help!")
                    .put("sentAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString()));
            String analysed = user.on(INTELLIGENCE, 1).call("POST", path + "/analyze", new JsonObject().put("messages", longer))
                    .encode();
            // Within a second of replica B's answer, replica A's stream carries the insight B computed.
            EventStream.Event live = events.await("message", data -> !data.isEmpty() && sameInsight(data, new JsonObject(analysed)), WITHIN);
            assertTrue(live.data().encode().length() > 0);
        }
    }

    /** Whether the streamed insight is the one an analysis answered (same sentiment and same analysis time). */
    private static boolean sameInsight(JsonObject streamed, JsonObject answered) {
        for (String field : answered.fieldNames()) {
            if (field.toLowerCase(java.util.Locale.ROOT).contains("analy") && answered.getValue(field) != null) {
                return String.valueOf(answered.getValue(field)).equals(String.valueOf(streamed.getValue(field)));
            }
        }
        return streamed.getValue("sentiment") != null && streamed.getValue("sentiment").equals(answered.getValue("sentiment"));
    }
}
