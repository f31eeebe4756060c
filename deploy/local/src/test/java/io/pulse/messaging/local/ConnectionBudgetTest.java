package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Several replicas of the four services stay under 50 PostgreSQL connections, LISTEN connections counted. */
class ConnectionBudgetTest {

    @Test
    void oneReplicaKeepsTheServicesDefault() {
        assertNull(ConnectionBudget.poolSize(4, 1, Map.of()));
    }

    @Test
    void aPoolSizeSetInTheEnvironmentIsKept() {
        assertNull(ConnectionBudget.poolSize(4, 3, Map.of("PULSE_DB_POOL_SIZE", "8")));
    }

    @Test
    void everyReplicaCountStaysUnderTheLimit() {
        assertEquals(3, ConnectionBudget.poolSize(4, 3, Map.of()));
        for (int replicas = 2; replicas <= LocalSuite.MAX_REPLICAS; replicas++) {
            int pool = ConnectionBudget.poolSize(4, replicas, Map.of());
            int connections = 4 * replicas * pool + ConnectionBudget.LISTENING_SERVICES * replicas;
            assertTrue(connections < ConnectionBudget.LIMIT, replicas + " replicas: " + connections + " connections");
        }
    }
}
