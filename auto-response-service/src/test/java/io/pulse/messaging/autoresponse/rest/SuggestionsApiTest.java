package io.pulse.messaging.autoresponse.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
                    .body("kinds.score", contains(0.69f, 0.31f))
                    .body("suggestions.text", contains("Tuesday at 3pm works for me.",
                            "Tuesday at 3pm is difficult for me. Could we find another time?",
                            "Let me check my calendar and confirm."))
                    .body("suggestions.kind", contains("scheduling", "scheduling", "scheduling"))
                    .body("language", equalTo("en"))
                    .body("unavailableReason", nullValue());
        }
        alice.post("/suggestions", Map.of("content", "Thank you so much!")).statusCode(200).body("kind", equalTo("thanks"));
        alice.post("/suggestions", Map.of("content", "This is unacceptable, it is still broken!")).statusCode(200)
                .body("kind", equalTo("complaint"));
    }

    /** Issue 14's examples over HTTP: a reschedule, a sarcastic outage, a refund complaint, a German message. */
    @Test
    void repliesAnswerWhatWasAskedInTheSendersLanguage() {
        Api alice = Api.newUser();
        alice.post("/suggestions", Map.of("content", "Could we move our Thursday 2pm sync to Friday morning?", "senderName", "Priya Nair"))
                .statusCode(200).body("kind", equalTo("reschedule"))
                .body("suggestions[0].text", equalTo("Friday morning works for me."))
                .body("suggestions.text", everyItem(not(containsString("Thursday"))));
        alice.post("/suggestions", Map.of("content", "great, another outage. third time this week. love it.", "senderName", "Priya Nair"))
                .statusCode(200).body("kind", equalTo("complaint"))
                .body("suggestions[0].text", equalTo("I'm sorry about this, Priya. I'll look into it right away and get back to you."))
                .body("suggestions.text", everyItem(not(containsString("Thanks"))));
        alice.post("/suggestions", Map.of("content", "My order #88213 arrived broken and I want a refund.", "senderName", "Lee"))
                .statusCode(200).body("kind", equalTo("refund"))
                .body("suggestions.text", everyItem(containsString("refund")));
        alice.post("/suggestions", Map.of("content", "Vielen Dank für die schnelle Hilfe!", "senderName", "Jonas Weber"))
                .statusCode(200).body("language", equalTo("de"))
                .body("suggestions[0].text", equalTo("Gern geschehen, Jonas!"));
    }

    @Test
    void anUnsupportedLanguageGetsNoSuggestionAndSaysWhy() {
        Api alice = Api.newUser();
        alice.post("/suggestions", Map.of("content", "Ciao, possiamo spostare la riunione di giovedì a venerdì mattina?"))
                .statusCode(200).body("language", equalTo("it"))
                .body("suggestions", hasSize(0)).body("kinds", hasSize(0))
                .body("kind", nullValue())
                .body("unavailableReason", equalTo("language-not-supported"));
        alice.post("/suggestions", Map.of("content", "会議を金曜日に変更できますか？")).statusCode(200)
                .body("language", equalTo("ja")).body("suggestions", hasSize(0))
                .body("unavailableReason", equalTo("language-not-supported"));
    }

    @Test
    void missingOrOversizedContentIs400() {
        Api alice = Api.newUser();
        alice.post("/suggestions", Map.of("senderName", "x")).statusCode(400).body("errors[0].field", equalTo("content"));
        alice.post("/suggestions", Map.of("content", "x".repeat(20_001))).statusCode(400).body("errors[0].field", equalTo("content"));
        alice.post("/suggestions", Map.of("content", "")).statusCode(400);
    }
}
