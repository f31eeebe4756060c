package io.pulse.messaging.common.config;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production service that could not verify a single token, or that would trust the
 * development key: both are configuration mistakes an operator should hear about at once, not as a stream of 401s.
 */
public class ProductionGuard {

    /** The development public key from deploy/local, recognisable by a fragment of its modulus. */
    static final String DEV_KEY_FRAGMENT = "vkmUZ4bHLNl45TXbgmL6mvLR2nqGE1i7CvKPlC";

    /** The profile of the local suite, which runs the packaged services with the development key. */
    static final String LOCAL_PROFILE = "local";

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Optional<String> key = value("mp.jwt.verify.publickey");
        Optional<String> location = value("mp.jwt.verify.publickey.location");
        Optional<String> secret = value("smallrye.jwt.verify.secretkey");
        if (key.isEmpty() && location.isEmpty() && secret.isEmpty()) {
            throw new IllegalStateException("No JWT verification key is configured: set PULSE_JWT_PUBLIC_KEY, "
                    + "PULSE_JWT_PUBLIC_KEY_LOCATION (a PEM/JWK file or a JWKS URL) or PULSE_JWT_SECRET (HS256)");
        }
        if (key.filter(k -> k.replaceAll("\\s", "").contains(DEV_KEY_FRAGMENT)).isPresent()) {
            if (ConfigUtils.getProfiles().contains(LOCAL_PROFILE)) {
                Log.warn("Accepting tokens signed with the DEVELOPMENT key (profile 'local', the local suite). "
                        + "Never run this profile where real users can reach it.");
                return;
            }
            throw new IllegalStateException("The development JWT key is configured in production; "
                    + "configure the key of your identity provider instead");
        }
    }

    private static Optional<String> value(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
