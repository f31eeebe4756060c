package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.summarization.Threads;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a problem document naming the fields, and changes nothing. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SummaryValidationTest {

    private final UUID user = UUID.randomUUID();
    private final UUID conversation = UUID.randomUUID();

    @AfterEach
    void nothingWasStored() {
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries")
                .then().statusCode(200).body("items", hasSize(0));
    }

    private ValidatableResponse post(Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/summaries").then();
    }

    private ValidatableResponse rejected(Object body, String field) {
        return post(body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void noMessages() {
        rejected(Threads.request(conversation, List.of()), "messages");
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        body.remove("messages");
        rejected(body, "messages");
    }

    @Test
    void aNullMessageIsAnInvalidMessageNotAServerError() {
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        messages.set(1, null);
        rejected(Threads.request(conversation, messages), "messages[1]");
    }

    @Test
    void aNullConversationOrMessageInADigestIsInvalid() {
        Map<String, Object> conversationInput = new LinkedHashMap<>();
        conversationInput.put("conversationId", conversation.toString());
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        messages.set(0, null);
        conversationInput.put("messages", messages);
        List<Object> conversations = new ArrayList<>();
        conversations.add(conversationInput);
        conversations.add(null);
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("date", "2026-11-25");
        digest.put("conversations", conversations);
        given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(digest)
                .when().post("/api/summaries/digest")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("conversations[1]"))
                .body("errors.field", hasItem("conversations[0].messages[0]"));
    }

    @Test
    void sentTimesOutsideTheYears1970To9999AreInvalid() {
        for (String extreme : List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1969-12-31T23:59:59Z")) {
            List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
            Map<String, Object> odd = new LinkedHashMap<>(messages.get(0));
            odd.put("sentAt", extreme);
            messages.set(0, odd);
            Map<String, Object> body = Threads.request(conversation, messages);
            body.put("options", Map.of("timeZone", "Europe/Paris"));
            rejected(body, "messages[0].sentAt");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void daysAndListTimesOutsideTheYears1970To9999AreInvalid() {
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01", "1969-12-31")) {
            Map<String, Object> digest = new LinkedHashMap<>();
            digest.put("date", day);
            digest.put("conversations", List.of(Map.of("conversationId", conversation.toString(), "messages", Threads.launch())));
            given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(digest)
                    .when().post("/api/summaries/digest")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
            Map<String, Object> oneDay = Threads.request(conversation, Threads.launch());
            oneDay.put("type", "daily_digest");
            ((Map<String, Object>) oneDay.get("options")).put("date", day);
            rejected(oneDay, "options.date");
        }
        for (String[] query : new String[][] {{"createdFrom", "+300000-01-01T00:00:00Z"}, {"createdBefore", "-999999999-01-01T00:00:00Z"},
                {"createdFrom", "1969-12-31T23:59:59Z"}, {"conversationId", "not-a-uuid"}}) {
            given().auth().oauth2(TestTokens.forUser(user)).queryParam(query[0], query[1]).when().get("/api/summaries")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(query[0]));
        }
    }

    @Test
    void duplicateMessageIds() {
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        Map<String, Object> copy = new LinkedHashMap<>(messages.get(4));
        copy.put("id", messages.get(1).get("id"));
        messages.set(4, copy);
        rejected(Threads.request(conversation, messages), "messages[4].id").body("errors[0].message", equalTo("duplicates messages[1].id"));
    }

    @Test
    void missingOrMalformedSentTimes() {
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        Map<String, Object> missing = new LinkedHashMap<>(messages.get(2));
        missing.remove("sentAt");
        messages.set(2, missing);
        rejected(Threads.request(conversation, messages), "messages[2].sentAt");

        for (String bad : List.of("yesterday", "2026-11-25T14:00:00", "2026-13-40T00:00:00Z", "")) {
            List<Map<String, Object>> again = new ArrayList<>(Threads.launch());
            Map<String, Object> malformed = new LinkedHashMap<>(again.get(0));
            malformed.put("sentAt", bad);
            again.set(0, malformed);
            post(Threads.request(conversation, again)).statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void unknownType() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        body.put("type", "weekly_digest");
        rejected(body, "type").body("errors[0].message", containsString("daily_digest"));
        body.remove("type");
        rejected(body, "type");
    }

    @Test
    void invalidTimeZone() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        ((Map<String, Object>) body.get("options")).put("timeZone", "Mars/Olympus_Mons");
        rejected(body, "options.timeZone");
    }

    @Test
    void outOfRangeOptionsAndSenders() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        ((Map<String, Object>) body.get("options")).put("maxKeyPoints", 0);
        rejected(body, "options.maxKeyPoints");
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        Map<String, Object> nameless = new LinkedHashMap<>(messages.get(0));
        nameless.put("sender", Map.of("id", UUID.randomUUID().toString(), "name", " "));
        messages.set(0, nameless);
        rejected(Threads.request(conversation, messages), "messages[0].sender.name");
        Map<String, Object> dated = Threads.request(conversation, Threads.launch());
        ((Map<String, Object>) dated.get("options")).put("date", "2026-11-25");
        rejected(dated, "options.date");
    }

    @Test
    void moreThanTheMaximumOfMessages() {
        List<Map<String, Object>> messages = new ArrayList<>();
        Instant t = Instant.parse("2026-11-25T00:00:00Z");
        for (int i = 0; i < 5001; i++) {
            messages.add(Threads.message(UUID.randomUUID(), Threads.ALICE, "A", "m" + i, t.plusSeconds(i)));
        }
        rejected(Threads.request(conversation, messages), "messages");
    }

    @Test
    void moreThanTheMaximumOfBytes() {
        List<Map<String, Object>> messages = new ArrayList<>();
        Instant t = Instant.parse("2026-11-25T00:00:00Z");
        String big = "x".repeat(19_000);
        for (int i = 0; i < 250; i++) { // about 4.8 MB
            messages.add(Threads.message(UUID.randomUUID(), Threads.ALICE, "A", big, t.plusSeconds(i)));
        }
        post(Threads.request(conversation, messages)).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void oversizedMessageContent() {
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        Map<String, Object> huge = new LinkedHashMap<>(messages.get(0));
        huge.put("content", "y".repeat(20_001));
        messages.set(0, huge);
        rejected(Threads.request(conversation, messages), "messages[0].content");
    }

    @Test
    void unknownFieldsAndBrokenJson() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        body.put("colour", "blue");
        rejected(body, "colour");
        post("{\"conversationId\": ").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badDigests() {
        Map<String, Object> conversationInput = new LinkedHashMap<>();
        conversationInput.put("conversationId", conversation.toString());
        conversationInput.put("messages", Threads.launch());
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("date", "2026-11-25");
        digest.put("timeZone", "Nowhere/Special");
        digest.put("conversations", List.of(conversationInput, conversationInput));
        given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(digest)
                .when().post("/api/summaries/digest")
                .then().statusCode(400)
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("conversations[1].conversationId"))
                .body("errors.field", hasItem("conversations[1].messages[0].id"));
        digest.put("timeZone", "UTC");
        digest.put("date", "25/11/2026");
        given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(digest)
                .when().post("/api/summaries/digest").then().statusCode(400).body("errors.field", hasItem("date"));
    }
}
