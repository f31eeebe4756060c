package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.pulse.messaging.intelligence.rest.Conversations.souringThread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private void assertNothingStored(UUID conversation) throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            for (String table : List.of("conversation_intelligence", "sentiment_history", "topic_detection_history")) {
                assertEquals(List.of(0L), TestDatabase.column(owner,
                        "select count(*) from intelligence." + table + " where conversation_id = ?", conversation), table);
            }
        }
    }

    private static List<Map<String, Object>> withChange(int index, String field, Object value) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Map<String, Object> m : souringThread(Instant.now().minus(1, ChronoUnit.HOURS))) {
            messages.add(new HashMap<>(m));
        }
        if (value == null) {
            messages.get(index).remove(field);
        } else {
            messages.get(index).put(field, value);
        }
        return messages;
    }

    @Test
    void aMessageWithoutIdIsRejectedAndNothingIsStored() throws Exception {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, withChange(3, "id", null))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("messages[3].id"));
        assertNothingStored(conversation);
    }

    @Test
    void emptyAndOversizedTextsAreRejected() throws Exception {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, withChange(1, "content", "   ")).statusCode(400).body("errors.field", hasItem("messages[1].content"));
        analyze(alice, conversation, withChange(2, "content", "x".repeat(10_001))).statusCode(400)
                .body("errors.field", hasItem("messages[2].content"));
        analyze(alice, conversation, withChange(0, "sentAt", null)).statusCode(400).body("errors.field", hasItem("messages[0].sentAt"));
        analyze(alice, conversation, Map.of("messages", List.of())).statusCode(400).body("errors.field", hasItem("messages"));
        analyze(alice, conversation, withChange(4, "sentAt", "yesterday")).statusCode(400);
        analyze(alice, conversation, withChange(4, "sentAt", "+999999999-12-31T23:59:59Z")).statusCode(400)
                .body("errors.field", hasItem("messages[4].sentAt"));
        analyze(alice, conversation, withChange(4, "sentAt", "-999999999-01-01T00:00:00Z")).statusCode(400);
        assertNothingStored(conversation);
    }

    @Test
    void duplicateMessageIdsInOneRequestAreRejected() throws Exception {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, withChange(5, "id", "m1")).statusCode(400)
                .body("errors[0].field", equalTo("messages[5].id"));
        assertNothingStored(conversation);
    }

    @Test
    void moreThanAThousandMessagesOrTextsAreRejected() throws Exception {
        UUID conversation = UUID.randomUUID();
        List<Map<String, Object>> many = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(message("x" + i, "alice", "hi", start.plusSeconds(i)));
            texts.add("hi");
        }
        analyze(alice, conversation, many).statusCode(400).body("errors.field", hasItem("messages"));
        assertNothingStored(conversation);

        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json").body(Map.of("texts", texts))
                .when().post("/api/intelligence/sentiment")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("texts"));
        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json").body(Map.of("texts", List.of("ok", "")))
                .when().post("/api/intelligence/sentiment")
                .then().statusCode(400).body("errors[0].field", equalTo("texts[1]"));
        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json").body(Map.of("texts", List.of("x".repeat(5001))))
                .when().post("/api/intelligence/sentiment")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json").body("{\"texts\": \"not a list\"}")
                .when().post("/api/intelligence/sentiment")
                .then().statusCode(400);
    }

    @Test
    void unknownBucketAndInvalidTimeRangesAreRejected() {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, souringThread(start)).statusCode(200);
        String history = "/api/intelligence/conversations/" + conversation + "/sentiment-history";
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("bucket", "week").when().get(history)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("bucket"));
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("from", "2026-05-02T00:00:00Z").queryParam("to", "2026-05-01T00:00:00Z")
                .when().get(history)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("from", "last tuesday").when().get(history)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .when().get(history)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("to", "2026-13-01")
                .when().get("/api/intelligence/conversations/" + conversation + "/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void timesOutsideTheYears1970To9999AreRejected() {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, souringThread(start)).statusCode(200);
        String base = "/api/intelligence/conversations/" + conversation;
        String[][] ranges = {{"to", "-999999999-01-01T00:00:00Z"}, {"to", "+999999999-12-31T23:59:59-18:00"},
                {"from", "-999999999-01-01T00:00:00+18:00"}, {"from", "+300000-01-01T00:00:00Z", "+300000-01-02T00:00:00Z"},
                {"from", "0001-01-01T00:00:00Z", "0001-01-02T00:00:00Z"}};
        for (String path : List.of(base + "/sentiment-history", base + "/topics")) {
            for (String[] range : ranges) {
                var request = given().auth().oauth2(TestTokens.forUser(alice)).queryParam(range[0], range[1]);
                if (range.length > 2) {
                    request.queryParam("to", range[2]);
                }
                request.when().get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem(range[0]));
            }
        }
    }

    @Test
    void unknownFieldsAndBadJsonAreRejected() throws Exception {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, Map.of("messages", souringThread(start), "colour", "blue")).statusCode(400);
        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json").body("{\"messages\": [")
                .when().post("/api/intelligence/conversations/" + conversation + "/analyze")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/conversations/not-a-uuid")
                .then().statusCode(404);
        assertNothingStored(conversation);
    }

    @Test
    void withoutATokenEverythingIsUnauthorised() {
        given().contentType("application/json").body(Map.of("texts", List.of("hi")))
                .when().post("/api/intelligence/sentiment").then().statusCode(401);
        given().when().get("/api/intelligence/overview").then().statusCode(401);
    }
}
