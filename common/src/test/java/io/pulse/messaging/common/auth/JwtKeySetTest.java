package io.pulse.messaging.common.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.local.TokenMinter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(JwtAlgorithms.Es256Jwks.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class JwtKeySetTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void acceptsATokenSignedWithAPublishedKey() {
        given().auth().oauth2(JwtAlgorithms.Es256Jwks.MINTER.forUser(user).audience(JwtAlgorithms.AUDIENCE).sign())
                .when().get("/api/test-notes/whoami")
                .then().statusCode(200).body("subject", equalTo(user.toString()));
    }

    @Test
    void rejectsAnUnpublishedKeyAndTheDevelopmentKey() throws java.security.GeneralSecurityException {
        TokenMinter stranger = new TokenMinter(JwtAlgorithms.ecKeyPair().getPrivate(), "ES256", JwtAlgorithms.ISSUER).withKeyId("pulse-test-es256");
        JwtAlgorithms.unauthorized(stranger.forUser(user).audience(JwtAlgorithms.AUDIENCE).sign());
        JwtAlgorithms.unauthorized(TestTokens.forUser(user));
    }
}
