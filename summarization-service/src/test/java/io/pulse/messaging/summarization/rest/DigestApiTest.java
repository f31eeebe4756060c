package io.pulse.messaging.summarization.rest;

import static io.pulse.messaging.summarization.Threads.BOB;
import static io.pulse.messaging.summarization.Threads.CAROL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.summarization.Threads;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /api/summaries/digest: one day of the reader's zone over several conversations, what concerns the reader first. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class DigestApiTest {

    private final UUID launch = UUID.randomUUID();
    private final UUID random = UUID.randomUUID();

    /** Chatter between Bob and Dave, busier than #launch, that never concerns Carol. */
    private static List<Map<String, Object>> chatter() {
        UUID dave = UUID.fromString("00000000-0000-4000-8000-00000000da7e");
        Instant t = Instant.parse("2026-11-25T16:00:00Z");
        List<Map<String, Object>> messages = new ArrayList<>();
        String[] lines = {
                "The coffee machine on the third floor is finally fixed.",
                "Great news, the coffee machine was broken for a week.",
                "Someone left a birthday cake in the kitchen, help yourselves.",
                "The birthday cake in the kitchen is chocolate, it is delicious.",
                "The parking garage will be repainted over the weekend.",
                "Thanks for the heads up about the parking garage.",
                "The bike racks are moving to the east entrance.",
                "Good to know, the east entrance is closer anyway."};
        for (int i = 0; i < lines.length; i++) {
            boolean bob = i % 2 == 0;
            messages.add(Threads.message(Threads.id(100 + i), bob ? BOB : dave, bob ? "Bob Chen" : "Dave Okafor", lines[i], t.plusSeconds(60L * i)));
        }
        return messages;
    }

    private Map<String, Object> digest(String timeZone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", "2026-11-25");
        body.put("timeZone", timeZone);
        body.put("highlightsPerConversation", 2);
        body.put("conversations", List.of(
                Map.of("conversationId", random.toString(), "title", "#random", "messages", chatter()),
                Map.of("conversationId", launch.toString(), "title", "#launch", "messages", Threads.launch())));
        return body;
    }

    private static ValidatableResponse post(UUID user, Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/summaries/digest").then();
    }

    @Test
    void theReadersActionItemsComeFirstAndTheDigestIsStoredAndCached() {
        String id = post(CAROL, digest("America/New_York"))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("type", equalTo("daily_digest"))
                .body("date", equalTo("2026-11-25"))
                .body("conversationId", nullValue())
                .body("engine", equalTo("local"))
                .body("cached", equalTo(false))
                .body("summary", startsWith("You have 1 open action item."))
                .body("conversations", hasSize(2))
                .body("conversations[0].conversationId", equalTo(launch.toString()))
                .body("conversations[0].title", equalTo("#launch"))
                .body("conversations[0].concernsReader", equalTo(true))
                .body("conversations[0].highlights", hasSize(2))
                .body("conversations[0].highlights[0].kind", equalTo("action_item"))
                .body("conversations[0].highlights[0].text", containsString("screenshots"))
                .body("conversations[0].highlights[0].person.id", equalTo(CAROL.toString()))
                .body("conversations[0].highlights[0].concernsReader", equalTo(true))
                .body("conversations[1].conversationId", equalTo(random.toString()))
                .body("conversations[1].concernsReader", equalTo(false))
                .body("actionItems[0].owner.id", equalTo(CAROL.toString()))
                .body("actionItems[0].conversationId", equalTo(launch.toString()))
                .body("actionItems[0].dueDate", equalTo("2026-11-26"))
                .body("decisions[0].text", containsString("December 3"))
                .body("decisions[0].conversationId", equalTo(launch.toString()))
                .body("openQuestions.text", hasItem(containsString("privacy policy")))
                .body("coverage.messagesTotal", equalTo(14))
                .body("coverage.messagesUsed", equalTo(14))
                .extract().path("id");

        post(CAROL, digest("America/New_York")).statusCode(200).body("cached", equalTo(true)).body("id", equalTo(id));
        given().auth().oauth2(TestTokens.forUser(CAROL)).queryParam("type", "daily_digest").when().get("/api/summaries")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.forUser(CAROL)).when().get("/api/summaries/" + id)
                .then().statusCode(200).body("conversations[0].highlights[0].kind", equalTo("action_item"));
    }

    @Test
    void theDayIsTheReadersDay() {
        // In Tokyo the #random chatter (16:00-16:07 UTC) is already 26 November: only #launch (14:00 UTC, 23:00 in Tokyo) is left.
        post(UUID.randomUUID(), digest("Asia/Tokyo")).statusCode(201)
                .body("conversations", hasSize(1))
                .body("conversations[0].conversationId", equalTo(launch.toString()))
                .body("coverage.messagesUsed", equalTo(6))
                .body("coverage.truncated", equalTo(true))
                .body("coverage.truncationReason", containsString("Asia/Tokyo"));
    }

    @Test
    void anotherReaderGetsTheirOwnWorkFirst() {
        // Bob promised the release notes: his digest leads with them, and Carol's screenshots do not concern him.
        post(BOB, digest("America/New_York")).statusCode(201)
                .body("summary", startsWith("You have 1 open action item."))
                .body("conversations[0].conversationId", equalTo(launch.toString()))
                .body("conversations[0].highlights[0].kind", equalTo("action_item"))
                .body("conversations[0].highlights[0].text", containsString("release notes"))
                .body("conversations[0].highlights[0].person.id", equalTo(BOB.toString()))
                .body("actionItems[0].owner.id", equalTo(BOB.toString()))
                .body("conversations.highlights.flatten().findAll { it.text.contains('screenshots') && it.concernsReader }", hasSize(0));
    }
}
