package io.pulse.messaging.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.local.DatabaseRoles;
import io.pulse.messaging.testing.TestDatabase;

/**
 * Replicas of one service start together (a Kubernetes rollout, {@code ./pulse up --replicas N}) and each migrates
 * its schema at start. Flyway serialises the migrations themselves, but runs the {@code beforeMigrate} callback
 * (common's helpers, re-created on every start) before it takes its lock: without a lock of its own, two replicas
 * re-creating the same functions at once failed with "tuple concurrently updated" and one of them did not start.
 */
class ConcurrentMigrationsTest {

    private static final int REPLICAS = 4;
    private static final int ROUNDS = 5;

    @Test
    void replicasMigratingOneSchemaAtTheSameMomentAllSucceed() throws Exception {
        String schema = "race_" + UUID.randomUUID().toString().substring(0, 8);
        flyway(schema).migrate(); // the first deployment: the schema and its helpers exist from then on
        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(REPLICAS);
                List<Future<?>> starts = new ArrayList<>();
                for (int i = 0; i < REPLICAS; i++) {
                    starts.add(replicas.submit(() -> {
                        together.await();
                        return flyway(schema).migrate();
                    }));
                }
                for (Future<?> start : starts) {
                    try {
                        start.get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(String.valueOf(e.getCause()));
                    }
                }
            }
        } finally {
            replicas.shutdownNow();
        }
        assertEquals(List.of(), failures);
    }

    private static Flyway flyway(String schema) {
        DatabaseRoles roles = DatabaseRoles.defaults();
        return Flyway.configure().dataSource(TestDatabase.jdbcUrl(), roles.ownerUser(), roles.ownerPassword())
                .schemas(schema).defaultSchema(schema).locations("classpath:db/pulse")
                .placeholders(Map.of("app_role", roles.appUser())).load();
    }
}
