package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Which workloads did not work at all: the run then fails, the benchmark being broken rather than slow. */
class ReportBrokenTest {

    private static JsonObject entry(String workload, long requests, long errors) {
        return new JsonObject().put("workload", workload).put("requests", requests).put("errors", errors);
    }

    @Test
    void aWorkloadAnsweredOnlyWithBusy503sIsBroken() {
        JsonArray workloads = new JsonArray()
                .add(entry("bs_cluster_200", 500, 0).put("busy", 500L).put("ok", 0L))
                .add(entry("bs_cluster_small", 500, 0).put("busy", 480L).put("ok", 20L))
                .add(entry("ar_rules_list", 1000, 10));
        assertEquals(List.of("bs_cluster_200"), Report.broken(workloads));
    }

    @Test
    void mostlyFailedOrNothingDoneIsBrokenAndAnyLevelThatWorkedIsEnough() {
        JsonArray workloads = new JsonArray()
                .add(entry("failing", 100, 60)).add(entry("silent", 0, 0))
                .add(entry("recovers", 100, 100)).add(entry("recovers", 100, 0));
        assertEquals(List.of("failing", "silent"), Report.broken(workloads));
    }
}
