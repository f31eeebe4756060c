package io.pulse.messaging.common.auth;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import io.pulse.messaging.common.config.PulseEnvironment;
import io.pulse.messaging.local.TokenMinter;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Verification is chosen by configuration: besides the RS256 public key the other tests use, an HS256 shared
 * secret (Supabase legacy style) and an ES256 key published as a JWKS document (Keycloak / Supabase asymmetric
 * style), each with issuer and audience checks. Each profile runs without the development key, so a token it
 * accepts was verified by the configured key alone.
 */
public final class JwtAlgorithms {

    private JwtAlgorithms() {
    }

    static final String ISSUER = "https://auth.example.test";
    static final String AUDIENCE = "pulse";
    static final String SECRET = "a-shared-secret-of-at-least-thirty-two-bytes!";

    static void unauthorized(String token) {
        given().auth().oauth2(token).when().get("/api/test-notes/whoami")
                .then().statusCode(401).contentType("application/problem+json");
    }

    static KeyPair ecKeyPair() throws java.security.GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public static class Hs256 implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "jwt-hs256"; // not "test": the development key stays out
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "smallrye.jwt.verify.secretkey", PulseEnvironment.secretAsJwk(SECRET),
                    // Outside production, Quarkus invents an in-memory key pair unless one of a few key properties
                    // is set, and that public key would then shadow the secret (SRJWT03007). Production never does
                    // this; naming a signing key (never used: the services sign nothing) keeps the test faithful.
                    "smallrye.jwt.sign.key", SECRET,
                    "mp.jwt.verify.publickey.algorithm", "HS256",
                    "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", AUDIENCE);
        }
    }

    public static class Es256Jwks implements QuarkusTestProfile {
        static final TokenMinter MINTER;
        static final Path JWKS;

        static {
            try {
                KeyPair keys = ecKeyPair();
                PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(keys.getPublic());
                jwk.setKeyId("pulse-test-es256");
                jwk.setAlgorithm("ES256");
                JWKS = Files.createTempFile("pulse-jwks", ".json");
                Files.writeString(JWKS, new JsonWebKeySet(jwk).toJson());
                JWKS.toFile().deleteOnExit();
                MINTER = new TokenMinter(keys.getPrivate(), "ES256", ISSUER).withKeyId("pulse-test-es256");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JoseException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getConfigProfile() {
            return "jwt-es256";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.jwt.verify.publickey.location", JWKS.toUri().toString(),
                    "mp.jwt.verify.publickey.algorithm", "ES256",
                    "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", AUDIENCE);
        }
    }
}
