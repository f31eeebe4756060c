package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The retention schedule fires on every replica at once (forced to every {@link ReplicaSuite#CLEANUP_EVERY_SECONDS}
 * seconds): each firing runs on one replica only. Each run logs "Retention in SCHEMA for the firing at INSTANT removed
 * {...}" on the replica that ran it; the test counts those lines over both replicas' logs, per firing.
 */
@Order(5)
class ScheduledCleanupReplicasTest {

    private static final Pattern RUN = Pattern.compile("Retention in \\w+ for the firing at (\\S+) removed");

    @Test
    void eachFiringOfTheAutoResponseCleanupRunsOnOneReplica() {
        eachFiringRunsOnce(ReplicaSuite.AUTO_RESPONSE);
    }

    @Test
    void eachFiringOfTheSummarizationCleanupRunsOnOneReplica() {
        eachFiringRunsOnce(ReplicaSuite.SUMMARIZATION);
    }

    @Test
    void eachFiringOfTheIntelligenceCleanupRunsOnOneReplica() {
        eachFiringRunsOnce(ReplicaSuite.INTELLIGENCE);
    }

    @Test
    void eachFiringOfTheBrainstormCleanupRunsOnOneReplica() {
        eachFiringRunsOnce(ReplicaSuite.BRAINSTORM);
    }

    private static void eachFiringRunsOnce(LocalSuite.Service service) {
        ReplicaSuite.get();
        // Firings once every replica is up: each fired on both at once.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> runs(service).size() >= 3);
        Map<Instant, List<String>> byFiring = runs(service);
        for (Map.Entry<Instant, List<String>> firing : byFiring.entrySet()) {
            assertEquals(1, firing.getValue().size(), "the firing at " + firing.getKey() + " ran on " + firing.getValue());
        }
    }

    /** The runs logged by {@code service}'s replicas, by firing after every replica was ready: which replicas ran it. */
    private static Map<Instant, List<String>> runs(LocalSuite.Service service) {
        Map<Instant, List<String>> byFiring = new TreeMap<>();
        for (int i = 0; i < ReplicaSuite.REPLICAS; i++) {
            Matcher run = RUN.matcher(ReplicaSuite.log(service, i));
            while (run.find()) {
                Instant firing = Instant.parse(run.group(1));
                if (firing.isAfter(ReplicaSuite.readyAt())) {
                    byFiring.computeIfAbsent(firing, k -> new ArrayList<>()).add("replica " + i);
                }
            }
        }
        return byFiring;
    }
}
