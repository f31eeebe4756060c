package io.pulse.messaging.common.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.local.TokenMinter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AuthenticationTest {

    private final UUID alice = UUID.randomUUID();

    @Inject
    JWTParser parser;

    @Test
    void verifiedTokensAreRememberedAndOnlyThoseTokens() {
        // SmallRye's authentication mechanism parses through the JWTParser bean: the cache is the one it gets.
        assertTrue(parser instanceof VerifiedTokenCache, "the JWTParser bean is " + parser.getClass());
        String token = TestTokens.forUser(alice);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/test-notes/whoami").then().statusCode(200)
                    .body("subject", equalTo(alice.toString()));
        }
        // the same token with its signature's last character changed is not the remembered one
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertUnauthorized(tampered);
    }

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(TestTokens.forUser(alice))
                .when().get("/api/test-notes/whoami")
                .then().statusCode(200)
                .body("subject", equalTo(alice.toString()))
                .body("actingFor", equalTo(alice.toString()))
                .body("service", equalTo(false));
    }

    @Test
    void missingTokenIsUnauthorized() {
        given().when().get("/api/test-notes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:pulse:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String token = TestTokens.minter().forUser(alice)
                .issuedAt(Instant.now().minus(Duration.ofHours(3))).lifetime(Duration.ofHours(1)).sign();
        assertUnauthorized(token);
    }

    @Test
    void tokenIssuedInTheFutureIsUnauthorized() {
        String token = TestTokens.minter().forUser(alice)
                .issuedAt(Instant.now().plus(Duration.ofHours(1))).lifetime(Duration.ofHours(2)).sign();
        assertUnauthorized(token);
    }

    @Test
    void tokenIssuedWithinTheClockSkewIsAccepted() {
        String token = TestTokens.minter().forUser(alice)
                .issuedAt(Instant.now().plusSeconds(10)).lifetime(Duration.ofHours(1)).sign();
        given().auth().oauth2(token).when().get("/api/test-notes").then().statusCode(200);
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        TokenMinter impostor = new TokenMinter(generator.generateKeyPair().getPrivate(), "RS256", TokenMinter.DEV_ISSUER);
        assertUnauthorized(impostor.forUser(alice).sign());
    }

    @Test
    void unsignedTokenIsUnauthorized() {
        assertUnauthorized(TestTokens.minter().forUser(alice).unsigned().sign());
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        assertUnauthorized(TestTokens.minter().forUser(alice).issuer("https://evil.example").sign());
    }

    @Test
    void tokenWhoseSubjectIsNotAUserIdIsUnauthorized() {
        assertUnauthorized(TestTokens.minter().forSubject("alice@example.com").sign());
        assertUnauthorized(TestTokens.minter().forSubject("").sign());
    }

    @Test
    void garbageIsUnauthorized() {
        assertUnauthorized("not-a-jwt");
    }

    @Test
    void serviceTokenActsForTheUserItNames() {
        given().auth().oauth2(TestTokens.service()).header(CurrentUser.ACT_FOR_HEADER, alice.toString())
                .when().get("/api/test-notes/whoami")
                .then().statusCode(200)
                .body("actingFor", equalTo(alice.toString()))
                .body("service", equalTo(true));
    }

    @Test
    void userTokenCannotActForSomeoneElse() {
        given().auth().oauth2(TestTokens.forUser(alice)).header(CurrentUser.ACT_FOR_HEADER, UUID.randomUUID().toString())
                .when().get("/api/test-notes/whoami")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:forbidden"));
    }

    @Test
    void actForHeaderMustBeAUserId() {
        for (String notAnId : new String[] {"bob", "1-2-3-4-5", "0000000a-000b-000c-000d-00000000000e0"}) {
            given().auth().oauth2(TestTokens.service()).header(CurrentUser.ACT_FOR_HEADER, notAnId)
                    .when().get("/api/test-notes/whoami")
                    .then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token)
                .when().get("/api/test-notes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:unauthorized"))
                .body("status", equalTo(401));
    }
}
