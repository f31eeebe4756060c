package io.pulse.messaging.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * One documented limit on request headers (32 KB in all) and one on the URI (8 KB): a request past either is refused
 * with a problem document, like every other 4xx, before its token is read. Tokens of 20 KB (identity providers that
 * put many groups in them) are well inside the limit.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RequestLimitsTest {

    @Test
    void aLargeTokenInsideTheLimitWorks() {
        UUID user = UUID.randomUUID();
        String token = TestTokens.minter().forUser(user).name("n".repeat(15_000)).sign();
        assertTrue(token.length() > 20_000, "the token is " + token.length() + " characters");
        given().auth().oauth2(token).when().get("/api/test-notes/whoami")
                .then().statusCode(200).body("subject", equalTo(user.toString()));
    }

    @Test
    void aHugeTokenIsAProblem() {
        tooLarge(given().header("Authorization", "Bearer " + "x".repeat(100 * 1024)));
    }

    @Test
    void manyHeadersTogetherPastTheLimitAreAProblem() {
        RequestSpecification request = given().auth().oauth2(TestTokens.forUser(UUID.randomUUID()));
        for (int i = 0; i < 40; i++) {
            request.header("X-Filler-" + i, "f".repeat(1000));
        }
        tooLarge(request);
    }

    @Test
    void aUriPastTheLimitIsAProblem() {
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID()))
                .queryParam("cursor", "c".repeat(10_000))
                .when().get("/api/test-notes")
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:uri-too-long"))
                .body("status", equalTo(414));
    }

    @Test
    void aDeclaredBodyPastTheLimitIsAProblem() {
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID()))
                .contentType("application/json").body("{\"title\":\"" + "x".repeat(20_000) + "\"}")
                .when().post("/api/test-notes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:payload-too-large"));
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimit() throws Exception {
        // No Content-Length: the body is read up to the limit, and refused past it (by Quarkus REST, with no body).
        HttpResponse<String> small = postChunked("{\"title\":\"chunked\"}");
        assertEquals(201, small.statusCode(), small.body());
        HttpResponse<String> large = postChunked("{\"title\":\"" + "x".repeat(20_000) + "\"}");
        assertEquals(413, large.statusCode());
    }

    private static HttpResponse<String> postChunked(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/test-notes"))
                .header("Authorization", "Bearer " + TestTokens.forUser(UUID.randomUUID()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void tooLarge(RequestSpecification request) {
        request.when().get("/api/test-notes")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:headers-too-large"))
                .body("detail.length()", greaterThan(10));
    }
}
