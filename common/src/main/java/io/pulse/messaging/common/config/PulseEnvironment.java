package io.pulse.messaging.common.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Maps the suite's documented environment variables for token verification onto the SmallRye JWT properties,
 * and only those that are set to a non-blank value. (An empty default in a properties file would not do: SmallRye
 * JWT reads several of these as plain strings and refuses an empty one.) Ordinal 275: above application
 * properties (250), below the raw environment (300), so {@code MP_JWT_VERIFY_PUBLICKEY} and friends still win.
 */
public class PulseEnvironment extends MapBackedConfigSource {

    static final Map<String, String> VARIABLES = Map.of(
            "PULSE_JWT_PUBLIC_KEY", "mp.jwt.verify.publickey",
            "PULSE_JWT_PUBLIC_KEY_LOCATION", "mp.jwt.verify.publickey.location",
            "PULSE_JWT_SECRET", "smallrye.jwt.verify.secretkey",
            "PULSE_JWT_ISSUER", "mp.jwt.verify.issuer",
            "PULSE_JWT_AUDIENCE", "mp.jwt.verify.audiences");

    public PulseEnvironment() {
        this(System.getenv());
    }

    PulseEnvironment(Map<String, String> environment) {
        super("pulse-environment", mapped(environment), 275);
    }

    private static Map<String, String> mapped(Map<String, String> environment) {
        Map<String, String> mapped = new HashMap<>();
        VARIABLES.forEach((variable, property) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                mapped.put(property, value.trim());
            }
        });
        String secret = mapped.get("smallrye.jwt.verify.secretkey");
        if (secret != null) {
            // SmallRye JWT reads a secret key only as a JWK; identity providers hand out the raw secret.
            mapped.put("smallrye.jwt.verify.secretkey", secretAsJwk(secret));
            String algorithm = environment.get("PULSE_JWT_ALGORITHM");
            mapped.put("mp.jwt.verify.publickey.algorithm",
                    algorithm == null || algorithm.isBlank() ? "HS256" : algorithm.trim());
        }
        return Map.copyOf(mapped);
    }

    /**
     * A shared secret as the JWK SmallRye JWT expects: an {@code oct} key whose bytes are the secret's UTF-8 bytes
     * (what Supabase and most HS256 issuers sign with). A value that already is a JWK is kept as it is.
     */
    public static String secretAsJwk(String secret) {
        if (secret.startsWith("{")) {
            return secret;
        }
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        return "{\"kty\":\"oct\",\"alg\":\"HS256\",\"k\":\"" + key + "\"}";
    }
}
