package io.pulse.messaging.common.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start a production service whose token verification is misconfigured: no key at all, more than one of
 * the three ways to give one (which of them would win is not obvious to an operator), or the development key, inline
 * or in a key file. Each is a mistake an operator should hear about at once, not as a stream of 401s.
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
        boolean developmentKey = verify(value("mp.jwt.verify.publickey"), value("mp.jwt.verify.publickey.location"),
                value("smallrye.jwt.verify.secretkey"), ConfigUtils.getProfiles().contains(LOCAL_PROFILE));
        if (developmentKey) {
            Log.warn("Accepting tokens signed with the DEVELOPMENT key (profile 'local', the local suite). "
                    + "Never run this profile where real users can reach it.");
            String host = value("quarkus.http.host").orElse("0.0.0.0");
            if (!isLoopback(host)) {
                Log.warnf("... and listening on %s, not only on the loopback interface: anyone who can reach this "
                        + "address can sign tokens with the development key from the repository", host);
            }
        }
    }

    /** Whether {@code host} names the loopback interface only. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.equals("[::1]") || host.startsWith("127.");
    }

    /**
     * Checks the verification settings.
     *
     * @return whether the development key is in use (allowed in the local suite's profile only)
     * @throws IllegalStateException when the service must not start
     */
    static boolean verify(Optional<String> key, Optional<String> location, Optional<String> secret, boolean localProfile) {
        long configured = Stream.of(key, location, secret).filter(Optional::isPresent).count();
        if (configured == 0) {
            throw new IllegalStateException("No JWT verification key is configured: set PULSE_JWT_PUBLIC_KEY, "
                    + "PULSE_JWT_PUBLIC_KEY_LOCATION (a PEM/JWK file or a JWKS URL) or PULSE_JWT_SECRET (HS256)");
        }
        if (configured > 1) {
            throw new IllegalStateException("More than one JWT verification key is configured: set exactly one of "
                    + "PULSE_JWT_PUBLIC_KEY, PULSE_JWT_PUBLIC_KEY_LOCATION and PULSE_JWT_SECRET");
        }
        boolean developmentKey = key.map(ProductionGuard::isDevelopmentKey).orElse(false)
                || location.flatMap(ProductionGuard::localKeyFile).map(ProductionGuard::isDevelopmentKey).orElse(false);
        if (developmentKey && !localProfile) {
            throw new IllegalStateException("The development JWT key is configured in production; "
                    + "configure the key of your identity provider instead");
        }
        return developmentKey;
    }

    private static boolean isDevelopmentKey(String key) {
        return key.replaceAll("\\s", "").contains(DEV_KEY_FRAGMENT);
    }

    /** The content of a key given as a file or class-path resource; empty for a URL (a JWKS endpoint) or no file. */
    static Optional<String> localKeyFile(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> value(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
