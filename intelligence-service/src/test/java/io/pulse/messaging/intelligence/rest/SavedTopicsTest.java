package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Saved custom topics: CRUD, limits, per-user isolation, and their use by later analyses without being re-sent. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SavedTopicsTest {

    private static final String TOPICS = "/api/intelligence/topics";

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    static Map<String, Object> topic(String name, String description, List<String> keywords) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        if (keywords != null) {
            body.put("keywords", keywords);
        }
        return body;
    }

    static ValidatableResponse send(String method, UUID user, String path, Object body) {
        var request = given().auth().oauth2(TestTokens.forUser(user));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path).then();
    }

    static String create(UUID user, Map<String, Object> body) {
        return send("POST", user, TOPICS, body).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> travel() {
        return topic("company travel", "Business trips and team travel", List.of("flight", "hotel"));
    }

    @Test
    void createReadListReplaceDelete() {
        String id = create(alice, travel());
        send("GET", alice, TOPICS + "/" + id, null).statusCode(200)
                .body("name", equalTo("company travel")).body("keywords", equalTo(List.of("flight", "hotel")))
                .body("examples", hasSize(0)).body("createdAt", notNullValue());
        send("GET", alice, TOPICS, null).statusCode(200).body("items.id", equalTo(List.of(id))).body("nextCursor", equalTo(null));
        Map<String, Object> renamed = topic("Team travel", null, List.of("Flight", "flight", "Visa"));
        renamed.put("examples", List.of("Who books the hotel for the offsite?"));
        send("PUT", alice, TOPICS + "/" + id, renamed).statusCode(200)
                .body("name", equalTo("Team travel")).body("description", equalTo(""))
                .body("keywords", equalTo(List.of("flight", "visa"))).body("examples", hasSize(1));
        send("DELETE", alice, TOPICS + "/" + id, null).statusCode(204);
        send("GET", alice, TOPICS + "/" + id, null).statusCode(404).contentType("application/problem+json");
        send("DELETE", alice, TOPICS + "/" + id, null).statusCode(404);
    }

    @Test
    void listsArePaged() {
        for (int i = 0; i < 3; i++) {
            create(alice, topic("topic " + i, null, null));
        }
        String cursor = send("GET", alice, TOPICS + "?limit=2", null).statusCode(200)
                .body("items.name", equalTo(List.of("topic 2", "topic 1"))).extract().path("nextCursor");
        send("GET", alice, TOPICS + "?limit=2&cursor=" + cursor, null).statusCode(200)
                .body("items.name", equalTo(List.of("topic 0"))).body("nextCursor", equalTo(null));
    }

    @Test
    void invalidTopicsAreRefusedWithProblems() {
        for (Map<String, Object> bad : List.of(topic(" ", null, null), topic("x".repeat(61), null, null),
                topic("ok", "d".repeat(501), null), topic("ok", null, List.of("k".repeat(41))),
                topic("ok", null, java.util.Collections.nCopies(21, "k")), topic("ok", null, List.of(" ")),
                topic("\u3000", null, null), topic("\u00a0\u2003", null, null), topic("ok", null, List.of("\u2003")))) {
            send("POST", alice, TOPICS, bad).statusCode(400).contentType("application/problem+json");
        }
        send("GET", alice, TOPICS, null).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void limitsCountWhatIsKeptAfterTrimming() {
        String sixty = "t".repeat(60);
        send("POST", alice, TOPICS, topic(" " + sixty + "\u3000", null, List.of("\u00a0flight "))).statusCode(201)
                .body("name", org.hamcrest.Matchers.equalTo(sixty)).body("keywords", org.hamcrest.Matchers.contains("flight"));
    }

    @Test
    void aNameIsUniquePerUserIgnoringCase() {
        String id = create(alice, travel());
        send("POST", alice, TOPICS, topic("Company Travel ", null, null)).statusCode(409).contentType("application/problem+json");
        String other = create(alice, topic("billing disputes", null, null));
        send("PUT", alice, TOPICS + "/" + other, topic("COMPANY TRAVEL", null, null)).statusCode(409);
        send("PUT", alice, TOPICS + "/" + id, topic("Company travel", null, null)).statusCode(200);
        create(bob, travel()); // another user may use the same name
    }

    @Test
    void aUserHasAtMostFiftyTopics() {
        for (int i = 0; i < 50; i++) {
            create(alice, topic("topic " + i, null, null));
        }
        send("POST", alice, TOPICS, topic("one too many", null, null)).statusCode(422).contentType("application/problem+json");
        create(bob, topic("bob's first", null, null));
    }

    @Test
    void anotherUsersTopicsAreNeitherSeenNorChangedNorUsed() throws Exception {
        String id = create(alice, travel());
        send("GET", bob, TOPICS + "/" + id, null).statusCode(404);
        send("PUT", bob, TOPICS + "/" + id, topic("mine now", null, null)).statusCode(404);
        send("DELETE", bob, TOPICS + "/" + id, null).statusCode(404);
        send("GET", bob, TOPICS, null).statusCode(200).body("items", hasSize(0));
        send("GET", alice, TOPICS + "/" + id, null).statusCode(200).body("name", equalTo("company travel"));
        analyze(bob, UUID.randomUUID(), offsite()).statusCode(200).body("topics.name", not(hasItem("company travel")));
        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            assertEquals(List.of(0L), TestDatabase.column(asBob, "select count(*) from intelligence.saved_topic"));
            assertEquals(0, TestDatabase.update(asBob, "delete from intelligence.saved_topic"));
        }
        try (Connection nobody = TestDatabase.asAppRole(null)) {
            assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from intelligence.saved_topic"));
        }
    }

    @Test
    void savedTopicsApplyToLaterAnalysesWithoutBeingResent() {
        create(alice, topic("company travel", "Business trips, offsites and team travel", List.of("flight", "hotel")));
        analyze(alice, UUID.randomUUID(), offsite()).statusCode(200)
                .body("topics.find { it.name == 'company travel' }.source", equalTo("custom"));
    }

    /** A message about a Lisbon offsite that names neither "travel" nor any keyword. */
    static List<Map<String, Object>> offsite() {
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return List.of(message("o1", "alice", "The Lisbon offsite is confirmed for the second week of May, everyone is invited.", at),
                message("o2", "bob", "Great, who is booking rooms for the whole team?", at.plusSeconds(60)));
    }
}
