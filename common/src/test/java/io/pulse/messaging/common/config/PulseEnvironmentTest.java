package io.pulse.messaging.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PulseEnvironmentTest {

    @Test
    void mapsOnlyVariablesThatAreSet() {
        PulseEnvironment source = new PulseEnvironment(Map.of(
                "PULSE_JWT_PUBLIC_KEY_LOCATION", " https://idp.example/jwks ",
                "PULSE_JWT_ISSUER", "",
                "PULSE_JWT_AUDIENCE", "pulse"));
        assertEquals("https://idp.example/jwks", source.getValue("mp.jwt.verify.publickey.location"));
        assertEquals("pulse", source.getValue("mp.jwt.verify.audiences"));
        assertNull(source.getValue("mp.jwt.verify.issuer"));
        assertFalse(source.getPropertyNames().contains("smallrye.jwt.verify.secretkey"));
        assertNull(source.getValue("mp.jwt.verify.publickey.algorithm"));
    }

    @Test
    void aboveApplicationPropertiesBelowTheRawEnvironment() {
        int ordinal = new PulseEnvironment(Map.of()).getOrdinal();
        assertTrue(ordinal > 250 && ordinal < 300, "ordinal " + ordinal);
    }

    @Test
    void aRawSecretBecomesAnOctetJwkAndSelectsHs256() {
        PulseEnvironment source = new PulseEnvironment(Map.of("PULSE_JWT_SECRET", "super-secret"));
        // base64url("super-secret") = c3VwZXItc2VjcmV0
        assertEquals("{\"kty\":\"oct\",\"alg\":\"HS256\",\"k\":\"c3VwZXItc2VjcmV0\"}",
                source.getValue("smallrye.jwt.verify.secretkey"));
        assertEquals("HS256", source.getValue("mp.jwt.verify.publickey.algorithm"));
    }

    @Test
    void aSecretAlreadyInJwkFormIsKeptAndAnExplicitAlgorithmWins() {
        String jwk = "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}";
        PulseEnvironment source = new PulseEnvironment(Map.of("PULSE_JWT_SECRET", jwk, "PULSE_JWT_ALGORITHM", "HS512"));
        assertEquals(jwk, source.getValue("smallrye.jwt.verify.secretkey"));
        assertEquals("HS512", source.getValue("mp.jwt.verify.publickey.algorithm"));
    }
}
