package io.pulse.messaging.intelligence;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.testing.MalformedInputWalk;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.testing.fuzz.FuzzFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the OpenAPI document with generated malformed input: never a 5xx, every 4xx a problem
 * document, and nothing stored by what is refused (see {@link MalformedInputWalk} for the longer mode).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class MalformedInputTest extends MalformedInputWalk {

    private static final String ANALYZE = "POST /api/intelligence/conversations/{conversationId}/analyze";
    private static final String TOPICS = "/api/intelligence/topics";
    private static final String FOLLOW_UP = "/api/intelligence/conversations/{conversationId}/follow-ups/{followUpId}";

    @Override
    protected String schema() {
        return "intelligence";
    }

    @Override
    protected FuzzFixture fixture() {
        UUID user = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        given().auth().oauth2(TestTokens.forUser(user)).contentType("application/json").body(analysis())
                .when().post("/api/intelligence/conversations/" + conversation + "/analyze")
                .then().statusCode(200);
        String topic = given().auth().oauth2(TestTokens.forUser(user)).contentType("application/json").body(savedTopic())
                .when().post(TOPICS).then().statusCode(201).extract().path("id");
        UUID waiting = UUID.randomUUID();
        Instant asked = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String followUp = given().auth().oauth2(TestTokens.forUser(user)).contentType("application/json")
                .body(Map.of("messages", List.of(
                        Map.of("id", "w1", "sender", Map.of("id", "u-carol"), "content", "Hi Dan, I read the proposal.", "sentAt",
                                asked.toString()),
                        Map.of("id", "w2", "sender", Map.of("id", "u-dan"), "content", "Thanks Carol.", "sentAt",
                                asked.plusSeconds(60).toString()),
                        Map.of("id", "w3", "sender", Map.of("id", "u-carol"), "content", "Can you confirm the pilot's budget?",
                                "sentAt", asked.plusSeconds(120).toString()))))
                .when().post("/api/intelligence/conversations/" + waiting + "/analyze")
                .then().statusCode(200).extract().path("followUps[0].id");
        return FuzzFixture.asUser(user)
                .pathValue("conversationId", conversation)
                .pathValue(FOLLOW_UP, "conversationId", waiting)
                .pathValue(FOLLOW_UP, "followUpId", followUp)
                .body("PATCH " + FOLLOW_UP, Map.of("status", "done"))
                .pathValue(TOPICS + "/{id}", "id", topic)
                .body(ANALYZE, MalformedInputTest::analysis)
                .body("POST " + TOPICS, MalformedInputTest::savedTopic)
                .body("PUT " + TOPICS + "/{id}", MalformedInputTest::savedTopic);
    }

    /** A saved topic with a name not used before (the walk creates several). */
    private static Map<String, Object> savedTopic() {
        return Map.of("name", "travel " + UUID.randomUUID(), "description", "Business trips and offsites",
                "keywords", List.of("flight", "hotel"), "examples", List.of("Who books the hotel for the offsite?"));
    }

    /** Three new messages (ids the service has not seen, so each request is analysed rather than skipped). */
    private static Map<String, Object> analysis() {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String[] lines = {"The demo crashed again, the client was not happy.", "Ugh. Can you send me the logs?",
            "Sent them, thanks for looking into it so quickly!"};
        List<Map<String, Object>> messages = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> message = new LinkedHashMap<>();
            String id = "m-" + UUID.randomUUID();
            message.put("id", id);
            message.put("sender", Map.of("id", i % 2 == 0 ? "u-alice" : "u-bob", "name", i % 2 == 0 ? "Alice Martin" : "Bob Li"));
            message.put("content", lines[i]);
            message.put("sentAt", start.plusSeconds(60L * i).toString());
            if (previous != null) {
                message.put("replyTo", previous);
            }
            messages.add(message);
            previous = id;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", messages);
        body.put("topics", List.of(Map.of("name", "office move", "description", "Moving to the new office: desks, boxes, movers",
                "keywords", List.of("desk", "movers"))));
        return body;
    }
}
