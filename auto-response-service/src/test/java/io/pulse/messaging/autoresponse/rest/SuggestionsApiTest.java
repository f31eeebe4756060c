package io.pulse.messaging.autoresponse.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        String first = alice.post("/suggestions", body).extract().asString();
        assertEquals(first, alice.post("/suggestions", body).extract().asString());
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
