package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Server-Sent Events delivered through PostgreSQL LISTEN/NOTIFY after an analysis commits. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class LiveUpdatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void stop() {
        reader.shutdownNow();
    }

    private Iterator<String> subscribe(UUID user, UUID conversation) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/intelligence/conversations/" + conversation + "/events"))
                .header("Authorization", "Bearer " + TestTokens.forUser(user))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.util.stream.Stream<String>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        return response.body().filter(line -> line.startsWith("data:")).iterator();
    }

    /** The next event's JSON, waiting at most 30 s (a bound against a hang, not a timing assertion). */
    private JsonNode next(Iterator<String> events) throws Exception {
        String line = reader.submit(events::next).get(30, TimeUnit.SECONDS);
        return JSON.readTree(line.substring("data:".length()));
    }

    @Test
    void subscribersGetTheCurrentInsightThenEachNewAnalysis() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, List.of(message("e1", "alice", "Morning! Ready for the launch?", start))).statusCode(200);

        Iterator<String> events = subscribe(alice, conversation);
        JsonNode current = next(events);
        assertEquals(1, current.get("messageCount").asInt(), "the current insight comes first");

        // The notification of the first analysis may still be on its way when alice subscribes (it was committed just
        // before), and then repeats the current insight before the update: the same insight, never anything else.
        analyze(alice, conversation, List.of(message("e2", "bob", "Yes, all green, great work everyone!", start.plusSeconds(60))))
                .statusCode(200);
        JsonNode update = next(events);
        for (int extra = 0; update.get("messageCount").asInt() == 1 && extra < 1; extra++) {
            assertEquals(current, update, "a repeat of the current insight");
            update = next(events);
        }
        assertEquals(2, update.get("messageCount").asInt());
        assertEquals(conversation.toString(), update.get("conversationId").asText());
        assertEquals("local", update.get("engine").asText());
    }

    @Test
    void noEventReachesAnotherUser() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        analyze(bob, conversation, List.of(message("b1", "bob", "Just my note", start))).statusCode(200);
        Iterator<String> bobsEvents = subscribe(bob, conversation);
        assertEquals(1, next(bobsEvents).get("messageCount").asInt(), "bob is subscribed");

        // alice analyses under the same conversation id: bob's stream says nothing about it ...
        analyze(alice, conversation, List.of(message("a1", "alice", "Secret plans", start),
                message("a2", "carl", "Very secret", start.plusSeconds(5)), message("a3", "alice", "Indeed", start.plusSeconds(9))))
                .statusCode(200);
        // ... every event bob gets is about his own data, up to his second analysis. The notification of his first
        // analysis may still be on its way when he subscribes (it was committed just before), and then repeats his
        // current insight first: a duplicate of what he has, never someone else's.
        analyze(bob, conversation, List.of(message("b2", "bob", "Another note", start.plusSeconds(60)))).statusCode(200);
        JsonNode next = next(bobsEvents);
        for (int extra = 0; next.get("messageCount").asInt() == 1 && extra < 1; extra++) {
            assertBobsAlone(next);
            next = next(bobsEvents);
        }
        assertEquals(2, next.get("messageCount").asInt());
        assertBobsAlone(next);
    }

    @Test
    void aUsersStreamEndsWhenTheyAreErasedAndOthersGoOn() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, List.of(message("e1", "alice", "Morning! Ready for the launch?", start))).statusCode(200);
        analyze(bob, conversation, List.of(message("b1", "bob", "Just my note", start))).statusCode(200);
        Iterator<String> alicesEvents = subscribe(alice, conversation);
        Iterator<String> bobsEvents = subscribe(bob, conversation);
        assertEquals(1, next(alicesEvents).get("messageCount").asInt(), "alice is subscribed");
        assertEquals(1, next(bobsEvents).get("messageCount").asInt(), "bob is subscribed");

        RestAssured.given().auth().oauth2(TestTokens.service()).when().delete("/api/intelligence/users/" + alice)
                .then().statusCode(204);

        // alice's stream ends (at most a late repeat of her first analysis's notification comes before the end)
        assertEquals(false, reader.submit(() -> {
            for (int extra = 0; alicesEvents.hasNext() && extra < 2; extra++) {
                alicesEvents.next();
            }
            return alicesEvents.hasNext();
        }).get(30, TimeUnit.SECONDS), "alice's stream is closed");
        // bob's stream goes on
        analyze(bob, conversation, List.of(message("b2", "bob", "Another note", start.plusSeconds(60)))).statusCode(200);
        JsonNode next = next(bobsEvents);
        for (int extra = 0; next.get("messageCount").asInt() == 1 && extra < 1; extra++) {
            next = next(bobsEvents);
        }
        assertEquals(2, next.get("messageCount").asInt());
    }

    private static void assertBobsAlone(JsonNode insight) {
        assertEquals(List.of("bob"), List.of(insight.get("participants").get(0).get("id").asText()));
        assertEquals(1, insight.get("participants").size());
    }
}
