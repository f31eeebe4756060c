package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A body sent again byte for byte is not read again (KnownBodies) and a cache hit's JSON is written once per stored
 * summary (Renderings): neither may change whose summary is served, what a deleted summary answers, or bad input's
 * answer.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RepeatedRequestTest {

    private static String json(Object body) throws Exception {
        return new ObjectMapper().writeValueAsString(body);
    }

    private static ExtractableResponse<Response> post(String token, String actFor, String body, int status) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (actFor != null) {
            request = request.header("X-Pulse-Act-For", actFor);
        }
        return request.when().post("/api/summaries").then().statusCode(status).extract();
    }

    @Test
    void theOwnerOfARepeatedBodyIsDecidedByEachRequest() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String body = json(Threads.request(UUID.randomUUID(), Threads.launch()));
        String alices = post(TestTokens.service(), alice.toString(), body, 201).path("id");
        assertEquals(alices, post(TestTokens.service(), alice.toString(), body, 200).path("id"));
        // The same bytes from the same caller acting for Bob: Bob's own summary, computed.
        String bobs = post(TestTokens.service(), bob.toString(), body, 201).path("id");
        assertNotEquals(alices, bobs);
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/summaries/" + alices).then().statusCode(404);
    }

    @Test
    void aRepeatedBodyNamingAnotherReaderIsRefusedEveryTime() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        Map<String, Object> request = Threads.request(UUID.randomUUID(), Threads.launch());
        ((Map<String, Object>) request.get("options")).put("readerId", alice.toString());
        String body = json(request);
        post(TestTokens.service(), null, body, 201);
        post(TestTokens.service(), null, body, 200);
        post(TestTokens.forUser(bob), null, body, 403);
        post(TestTokens.forUser(bob), null, body, 403);
        post(TestTokens.forUser(alice), null, body, 200);
        post(TestTokens.forUser(bob), null, body, 403);
    }

    @Test
    void aDeletedSummaryIsComputedAgainNotServedFromMemory() throws Exception {
        String token = TestTokens.forUser(UUID.randomUUID());
        String body = json(Threads.request(UUID.randomUUID(), Threads.launch()));
        String id = post(token, null, body, 201).path("id");
        ExtractableResponse<Response> second = post(token, null, body, 200);
        ExtractableResponse<Response> third = post(token, null, body, 200);
        assertEquals(id, third.path("id"));
        assertArrayEquals(second.asByteArray(), third.asByteArray(), "the written answer is the one written from the row");
        assertEquals(second.contentType(), third.contentType());

        given().auth().oauth2(token).when().delete("/api/summaries/" + id).then().statusCode(204);
        String again = post(token, null, body, 201).path("id");
        assertNotEquals(id, again);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/summaries")
                .then().statusCode(200).body("id", equalTo(again)).body("cached", equalTo(true));
    }

    @Test
    void aRepeatedBadBodyIsRefusedEveryTime() throws Exception {
        String token = TestTokens.forUser(UUID.randomUUID());
        String body = json(Threads.request(UUID.randomUUID(), List.of()));
        String first = post(token, null, body, 400).asString();
        assertEquals(first, post(token, null, body, 400).asString());
        Map<String, Object> badZone = Threads.request(UUID.randomUUID(), Threads.launch());
        ((Map<String, Object>) badZone.get("options")).put("timeZone", "Mars/Olympus");
        String zone = json(badZone);
        String refused = post(token, null, zone, 400).asString();
        assertEquals(refused, post(token, null, zone, 400).asString());
    }
}
