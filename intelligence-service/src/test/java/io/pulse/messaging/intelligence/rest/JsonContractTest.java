package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.pulse.messaging.intelligence.rest.Conversations.souringThread;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.JsonGolden;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every response shape of the service, byte for byte against goldens recorded from the reflective Jackson serializers
 * (ids and instants masked): so that the generated, reflection-free serializers are proven to write the same JSON,
 * nulls (a null String and boxed numbers left out by {@code @JsonInclude(NON_NULL)} or written as null), nested lists
 * and records, enums, problems and the refusal of an unknown field included.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class JsonContractTest {

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private RequestSpecification asAlice() {
        return given().auth().oauth2(TestTokens.forUser(alice));
    }

    /** Numbers that follow the clock (the silence since a conversation's last message counts in its engagement). */
    private static final Pattern CLOCK_DEPENDENT = Pattern.compile(
            "(\"(?:trendStrength|recentGapSeconds|engagementScore)\":|\"engagement\":\\{\"score\":|shift )-?[0-9.]+(E-?[0-9]+)?");

    private static String body(io.restassured.response.ValidatableResponse response) {
        return CLOCK_DEPENDENT.matcher(response.extract().body().asString()).replaceAll("$10");
    }

    @Test
    void analysisStoredInsightAndHistories() {
        UUID conversation = UUID.randomUUID();
        JsonGolden.assertMatches("intelligence-analysis", body(analyze(alice, conversation, souringThread(start)).statusCode(200)));
        String path = "/api/intelligence/conversations/" + conversation;
        JsonGolden.assertMatches("intelligence-stored", body(asAlice().when().get(path).then().statusCode(200)));
        JsonGolden.assertMatches("intelligence-overview", body(asAlice().when().get("/api/intelligence/overview").then().statusCode(200)));
    }

    @Test
    void histories() {
        UUID conversation = UUID.randomUUID();
        Instant ten = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
        analyze(alice, conversation, souringThread(ten)).statusCode(200);
        String path = "/api/intelligence/conversations/" + conversation;
        String from = ten.minus(1, ChronoUnit.DAYS).toString();
        String to = ten.plus(1, ChronoUnit.DAYS).toString();
        JsonGolden.assertMatches("intelligence-sentiment-history", body(asAlice().queryParam("bucket", "hour")
                .queryParam("from", from).queryParam("to", to).when().get(path + "/sentiment-history").then().statusCode(200)));
        JsonGolden.assertMatches("intelligence-topic-history", body(asAlice().queryParam("from", from).queryParam("to", to)
                .when().get(path + "/topics").then().statusCode(200)));
    }

    @Test
    void aConversationWithoutTopicsOrAlerts() {
        UUID conversation = UUID.randomUUID();
        JsonGolden.assertMatches("intelligence-analysis-quiet", body(analyze(alice, conversation,
                List.of(message("q1", "alice", "ok", start), message("q2", "bob", "sure", start.plusSeconds(60)))).statusCode(200)));
    }

    @Test
    void sentimentBatch() {
        JsonGolden.assertMatches("intelligence-sentiment-batch", body(asAlice().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("Thanks, this is great!", "The deploy failed again :(", "The meeting is in room 4.")))
                .when().post("/api/intelligence/sentiment").then().statusCode(200)));
    }

    @Test
    void savedTopicsCrud() {
        String topics = "/api/intelligence/topics";
        Map<String, Object> travel = Map.of("name", "company travel", "description", "Business trips and offsites",
                "keywords", List.of("flight", "hotel"));
        var created = asAlice().contentType(ContentType.JSON).body(travel).when().post(topics).then().statusCode(201);
        String id = created.extract().path("id");
        JsonGolden.assertMatches("intelligence-topic-created", body(created));
        JsonGolden.assertMatches("intelligence-topic", body(asAlice().when().get(topics + "/" + id).then().statusCode(200)));
        JsonGolden.assertMatches("intelligence-topic-replaced", body(asAlice().contentType(ContentType.JSON)
                .body(Map.of("name", "travel", "examples", List.of("Book the Lisbon hotel")))
                .when().put(topics + "/" + id).then().statusCode(200)));
        JsonGolden.assertMatches("intelligence-topic-list", body(asAlice().when().get(topics).then().statusCode(200)));
        asAlice().when().delete(topics + "/" + id).then().statusCode(204);
        JsonGolden.assertMatches("intelligence-problem-not-found", body(asAlice().when().get(topics + "/" + id).then()
                .statusCode(404).contentType("application/problem+json")));
    }

    @Test
    void problems() {
        JsonGolden.assertMatches("intelligence-problem-validation", body(asAlice().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of())).when().post("/api/intelligence/sentiment").then()
                .statusCode(400).contentType("application/problem+json")));
        JsonGolden.assertMatches("intelligence-problem-unknown-field", body(asAlice().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("hi"), "colour", "blue")).when().post("/api/intelligence/sentiment").then()
                .statusCode(400).contentType("application/problem+json")));
        JsonGolden.assertMatches("intelligence-problem-bad-json", body(asAlice().contentType(ContentType.JSON)
                .body("{\"texts\": [").when().post("/api/intelligence/sentiment").then()
                .statusCode(400).contentType("application/problem+json")));
    }
}
