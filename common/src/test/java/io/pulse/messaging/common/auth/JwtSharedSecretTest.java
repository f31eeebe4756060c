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
@TestProfile(JwtAlgorithms.Hs256.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class JwtSharedSecretTest {

    private final TokenMinter minter = TokenMinter.hs256(JwtAlgorithms.SECRET, JwtAlgorithms.ISSUER);
    private final UUID user = UUID.randomUUID();

    @Test
    void acceptsATokenSignedWithTheSecret() {
        given().auth().oauth2(minter.forUser(user).audience(JwtAlgorithms.AUDIENCE).sign())
                .when().get("/api/test-notes/whoami")
                .then().statusCode(200).body("subject", equalTo(user.toString()));
    }

    @Test
    void rejectsOtherSecretsKeysAudiencesAndIssuers() {
        JwtAlgorithms.unauthorized(TokenMinter.hs256(JwtAlgorithms.SECRET + "x", JwtAlgorithms.ISSUER).forUser(user).audience(JwtAlgorithms.AUDIENCE).sign());
        JwtAlgorithms.unauthorized(minter.forUser(user).audience("someone-else").sign());
        JwtAlgorithms.unauthorized(minter.forUser(user).sign());
        JwtAlgorithms.unauthorized(minter.forUser(user).audience(JwtAlgorithms.AUDIENCE).issuer("https://evil.example").sign());
        JwtAlgorithms.unauthorized(TestTokens.forUser(user)); // the development key means nothing here
    }
}
