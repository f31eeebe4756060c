package io.pulse.messaging.common.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check of the JWT settings: exactly one key, never the development key outside the local suite. */
class ProductionGuardTest {

    private static final Optional<String> NONE = Optional.empty();
    private static final String DEV_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + ProductionGuard.DEV_KEY_FRAGMENT + "rest";
    private static final String OTHER_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsomethingElseEntirely";

    @Test
    void noKeyAtAllIsRefused() {
        assertThrows(IllegalStateException.class, () -> ProductionGuard.verify(NONE, NONE, NONE, false));
    }

    @Test
    void moreThanOneKeyIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ProductionGuard.verify(Optional.of(OTHER_KEY), NONE, Optional.of("a-shared-secret"), false));
        assertTrue(refused.getMessage().contains("exactly one"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> ProductionGuard.verify(NONE, Optional.of("https://idp.example/jwks"), Optional.of("s"), false));
    }

    @Test
    void exactlyOneRealKeyStarts() {
        assertFalse(ProductionGuard.verify(Optional.of(OTHER_KEY), NONE, NONE, false));
        assertFalse(ProductionGuard.verify(NONE, Optional.of("https://idp.example/jwks"), NONE, false));
        assertFalse(ProductionGuard.verify(NONE, NONE, Optional.of("a-shared-secret"), false));
    }

    @Test
    void theDevelopmentKeyInlineIsRefusedOutsideTheLocalSuite() {
        assertThrows(IllegalStateException.class, () -> ProductionGuard.verify(Optional.of(DEV_KEY), NONE, NONE, false));
        assertTrue(ProductionGuard.verify(Optional.of(DEV_KEY), NONE, NONE, true));
    }

    @Test
    void theDevelopmentKeyInAFileIsRefusedToo(@TempDir Path dir) throws IOException {
        Path pem = Files.writeString(dir.resolve("key.pem"),
                "-----BEGIN PUBLIC KEY-----\n" + DEV_KEY.substring(0, 40) + "\n" + DEV_KEY.substring(40) + "\n-----END PUBLIC KEY-----\n");
        assertThrows(IllegalStateException.class,
                () -> ProductionGuard.verify(NONE, Optional.of(pem.toString()), NONE, false));
        assertThrows(IllegalStateException.class,
                () -> ProductionGuard.verify(NONE, Optional.of("file:" + pem), NONE, false));
        Path other = Files.writeString(dir.resolve("other.pem"), OTHER_KEY);
        assertFalse(ProductionGuard.verify(NONE, Optional.of(other.toString()), NONE, false));
    }

    @Test
    void onlyLoopbackHostsCountAsLocal() {
        assertTrue(ProductionGuard.isLoopback("127.0.0.1"));
        assertTrue(ProductionGuard.isLoopback("localhost"));
        assertTrue(ProductionGuard.isLoopback("::1"));
        assertFalse(ProductionGuard.isLoopback("0.0.0.0"));
        assertFalse(ProductionGuard.isLoopback("10.0.0.7"));
    }

    @Test
    void theLocalSuiteListensOnTheLoopbackInterfaceOnly() throws IOException {
        // Every shared file a service reads (common's).
        var builder = new io.smallrye.config.SmallRyeConfigBuilder().withProfile("local").addDefaultInterceptors();
        var shared = ProductionGuardTest.class.getClassLoader().getResources("META-INF/microprofile-config.properties");
        while (shared.hasMoreElements()) {
            builder.withSources(new io.smallrye.config.PropertiesConfigSource(shared.nextElement()));
        }
        var local = builder.build();
        assertTrue(ProductionGuard.isLoopback(local.getValue("quarkus.http.host", String.class)));
    }
}
