package io.pulse.messaging.autoresponse.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SuggestionsApiTest {

    @Test
    void threeSuggestionsByKindDeterministically() {
        Api alice = Api.newUser();
        Map<String, Object> body = Map.of("content", "Are you free for a call on Tuesday at 3pm?", "senderName", "Anna Müller");
        alice.post("/suggestions", body).statusCode(200)
                .body("kind", equalTo("scheduling"))
                .body("suggestions", hasSize(3))
                .body("suggestions[0].text", equalTo("Tuesday at 3pm works for me."))
                .body("suggestions[0].kind", equalTo("scheduling"))
                .body("engine", equalTo("local"));
        for (int call = 0; call < 2; call++) {
            alice.post("/suggestions", body).statusCode(200)
                    .body("kinds.kind", contains("scheduling", "question"))
                    .body("kinds.score", contains(0.64f, 0.36f))
                    .body("suggestions.text", contains("Tuesday at 3pm works for me.",
                            "Sorry, Tuesday at 3pm doesn't work for me. Could we find another time?",
                            "Good question, Anna, let me check and get back to you."))
                    .body("suggestions.kind", contains("scheduling", "scheduling", "question"))
                    .body("suggestions.confidence", contains(0.64f, 0.56f, 0.36f));
        }
        alice.post("/suggestions", Map.of("content", "Thank you so much!")).statusCode(200).body("kind", equalTo("thanks"));
        alice.post("/suggestions", Map.of("content", "This is unacceptable, it is still broken!")).statusCode(200)
                .body("kind", equalTo("complaint"));
    }

    @Test
    void missingOrOversizedContentIs400() {
        Api alice = Api.newUser();
        alice.post("/suggestions", Map.of("senderName", "x")).statusCode(400).body("errors[0].field", equalTo("content"));
        alice.post("/suggestions", Map.of("content", "x".repeat(20_001))).statusCode(400).body("errors[0].field", equalTo("content"));
        alice.post("/suggestions", Map.of("content", "")).statusCode(400);
    }
}
