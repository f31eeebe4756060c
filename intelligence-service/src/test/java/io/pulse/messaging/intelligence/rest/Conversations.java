package io.pulse.messaging.intelligence.rest;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Builds analysis requests for the API tests. */
final class Conversations {

    private Conversations() {
    }

    static Map<String, Object> message(String id, String sender, String content, Instant sentAt) {
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("id", id);
        message.put("sender", Map.of("id", sender, "name", sender.substring(0, 1).toUpperCase() + sender.substring(1) + " Tester"));
        message.put("content", content);
        message.put("sentAt", sentAt.toString());
        return message;
    }

    /** A short support conversation that turns sour, one message every five minutes from {@code start}. */
    static List<Map<String, Object>> souringThread(Instant start) {
        String[][] lines = {
                {"alice", "Hi Bob, thanks for the quick call yesterday, it was really helpful!"},
                {"bob", "Great to hear, happy to help :)"},
                {"alice", "The new dashboard looks awesome, the team loves it."},
                {"bob", "Wonderful, thanks for the feedback!"},
                {"alice", "One thing: the export seems slow, is that expected?"},
                {"bob", "It should be fast. Let me check the logs."},
                {"alice", "Now it fails completely with a 500 error. This is really frustrating."},
                {"alice", "Our customers are furious, this is a disaster!!"},
                {"alice", "Honestly this is unacceptable, we are losing money every hour."},
        };
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            messages.add(message("m" + (i + 1), lines[i][0], lines[i][1], start.plusSeconds(300L * i)));
        }
        return messages;
    }

    static ValidatableResponse analyze(UUID user, UUID conversation, List<Map<String, Object>> messages) {
        return analyze(user, conversation, Map.of("messages", messages));
    }

    /** The stored insight of the user's conversation. */
    static ValidatableResponse get(UUID user, UUID conversation) {
        return given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/intelligence/conversations/" + conversation).then();
    }

    static ValidatableResponse analyze(UUID user, UUID conversation, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/intelligence/conversations/" + conversation + "/analyze")
                .then();
    }
}
