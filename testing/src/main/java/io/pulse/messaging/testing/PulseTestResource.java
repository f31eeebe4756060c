package io.pulse.messaging.testing;

import java.util.HashMap;
import java.util.Map;

import io.pulse.messaging.local.DatabaseRoles;
import io.pulse.messaging.local.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL: one embedded server per test JVM (started on first use,
 * stopped when the JVM exits), with the owner and app roles and the database exactly as production expects.
 * Quarkus connects as the app role and migrates as the owner role. Use it as
 * {@code @WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)}.
 *
 * <p>The server's port is kept in a system property, so that test classes under other profiles (which Quarkus
 * starts in fresh class loaders) reuse the same server instead of starting another.
 */
public class PulseTestResource implements QuarkusTestResourceLifecycleManager {

    static final String PORT_PROPERTY = "pulse.test.database.port";

    @Override
    public Map<String, String> start() {
        return new HashMap<>(TestDatabase.config());
    }

    @Override
    public void stop() {
        // The server outlives each Quarkus application of the run; a JVM shutdown hook stops it.
    }

    /** The port of this JVM's server, starting it on first use. */
    static synchronized int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port != null) {
            return Integer.parseInt(port);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(0, null, DatabaseRoles.defaults());
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        System.setProperty(PORT_PROPERTY, Integer.toString(database.port()));
        return database.port();
    }
}
