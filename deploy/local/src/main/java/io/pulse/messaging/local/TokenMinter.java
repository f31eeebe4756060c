package io.pulse.messaging.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Signs JWTs the way an identity provider would, for development and tests.
 *
 * <p>{@link #development()} signs with the development key whose public half only the {@code dev} profile of
 * the services accepts; production configuration never trusts it.
 */
public final class TokenMinter {

    /** Issuer of development tokens. */
    public static final String DEV_ISSUER = "pulse-dev";

    private final Key key;
    private final String algorithm;
    private final String issuer;

    private final String keyId;

    public TokenMinter(Key key, String algorithm, String issuer) {
        this(key, algorithm, issuer, null);
    }

    private TokenMinter(Key key, String algorithm, String issuer, String keyId) {
        this.key = key;
        this.algorithm = Objects.requireNonNull(algorithm);
        this.issuer = issuer;
        this.keyId = keyId;
    }

    /** The same signer, naming its key in the {@code kid} header (as JWKS-based verifiers expect). */
    public TokenMinter withKeyId(String id) {
        return new TokenMinter(key, algorithm, issuer, id);
    }

    /** HS256 with a shared secret (Supabase legacy style). */
    public static TokenMinter hs256(String secret, String issuer) {
        return new TokenMinter(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)), AlgorithmIdentifiers.HMAC_SHA256, issuer);
    }

    /** The development signer used by dev mode and the local suite. */
    public static TokenMinter development() {
        return new TokenMinter(readPrivateKey("dev-jwt-private.pem"), AlgorithmIdentifiers.RSA_USING_SHA256, DEV_ISSUER);
    }

    /** Starts a token for a user (the {@code sub} claim). */
    public Builder forUser(UUID user) {
        return new Builder(user.toString());
    }

    /** Starts a token with an arbitrary subject, for negative tests. */
    public Builder forSubject(String subject) {
        return new Builder(subject);
    }

    public final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final List<String> groups = new ArrayList<>();
        private String tokenIssuer = issuer;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofHours(1);
        private String tokenAlgorithm = algorithm;

        private Builder(String subject) {
            claims.put("sub", subject);
        }

        public Builder name(String name) {
            claims.put("name", name);
            return this;
        }

        public Builder email(String email) {
            claims.put("email", email);
            return this;
        }

        /** Adds a role to the {@code groups} claim, e.g. {@code service}. */
        public Builder group(String group) {
            groups.add(group);
            return this;
        }

        public Builder issuer(String value) {
            tokenIssuer = value;
            return this;
        }

        public Builder audience(String audience) {
            claims.put("aud", audience);
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Builder issuedAt(Instant instant) {
            issuedAt = instant;
            return this;
        }

        public Builder lifetime(Duration duration) {
            lifetime = duration;
            return this;
        }

        /** Sends the token unsigned with {@code alg: none}, which every verifier must refuse. */
        public Builder unsigned() {
            tokenAlgorithm = AlgorithmIdentifiers.NONE;
            return this;
        }

        public String sign() {
            JwtClaims jwt = new JwtClaims();
            claims.forEach(jwt::setClaim);
            if (tokenIssuer != null) {
                jwt.setIssuer(tokenIssuer);
            }
            if (!groups.isEmpty()) {
                jwt.setStringListClaim("groups", groups);
            }
            jwt.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            jwt.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(lifetime).getEpochSecond()));
            jwt.setGeneratedJwtId();

            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(jwt.toJson());
            jws.setHeader("typ", "JWT");
            jws.setAlgorithmHeaderValue(tokenAlgorithm);
            if (keyId != null) {
                jws.setKeyIdHeaderValue(keyId);
            }
            if (AlgorithmIdentifiers.NONE.equals(tokenAlgorithm)) {
                jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
            } else {
                jws.setKey(key);
            }
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("Could not sign the token", e);
            }
        }
    }

    static PrivateKey readPrivateKey(String resource) {
        try (InputStream in = Objects.requireNonNull(TokenMinter.class.getResourceAsStream(resource), resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable development key " + resource, e);
        }
    }
}
