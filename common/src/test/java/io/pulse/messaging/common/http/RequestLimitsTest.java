package io.pulse.messaging.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
        org.junit.jupiter.api.Assertions.assertTrue(token.length() > 20_000, "the token is " + token.length() + " characters");
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
    void aChunkedBodyPastTheLimitIsAProblem() throws Exception {
        // No Content-Length: the body is refused while it is read, by Quarkus's own limit.
        byte[] body = ("{\"title\":\"" + "x".repeat(20_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                + io.restassured.RestAssured.port + "/api/test-notes"))
                        .header("Authorization", "Bearer " + TestTokens.forUser(UUID.randomUUID()))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    private static void tooLarge(RequestSpecification request) {
        request.when().get("/api/test-notes")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:headers-too-large"))
                .body("detail.length()", greaterThan(10));
    }
}
