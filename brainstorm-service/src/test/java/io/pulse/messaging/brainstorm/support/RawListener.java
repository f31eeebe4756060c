package io.pulse.messaging.brainstorm.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.pulse.messaging.testing.TestDatabase;

/**
 * What anyone who can connect as the app role sees of a channel: a plain JDBC {@code LISTEN}, with no user bound (so
 * row-level security would show no row at all), receiving every notification on it, whoever it is about.
 */
public final class RawListener implements AutoCloseable {

    private final Connection db;
    private final List<String> payloads = new ArrayList<>();

    public RawListener(String channel) throws SQLException {
        db = TestDatabase.asAppRole(null);
        try (Statement listen = db.createStatement()) {
            listen.execute("listen " + channel);
        }
        db.commit(); // LISTEN takes effect when its transaction commits
    }

    /** Every payload received so far, waiting up to the given time for at least {@code atLeast} of them. */
    public List<String> payloads(int atLeast, long timeoutSeconds) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        PGConnection pg = db.unwrap(PGConnection.class);
        while (payloads.size() < atLeast && System.nanoTime() < deadline) {
            int wait = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            PGNotification[] received = pg.getNotifications(wait);
            if (received != null) {
                for (PGNotification notification : received) {
                    payloads.add(notification.getParameter());
                }
            }
        }
        return List.copyOf(payloads);
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
