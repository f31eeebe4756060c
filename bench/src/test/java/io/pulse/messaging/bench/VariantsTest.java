package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class VariantsTest {

    private static JsonObject run(String workload, String variant, double throughput, double p50, double gatewayCores, double cpuMs) {
        return new JsonObject().put("workload", workload).put("variant", variant).put("concurrency", 64).put("throughput", throughput)
                .put("p50Ms", p50).put("serviceCpuMsPerRequest", cpuMs).put("cpuCores", new JsonObject().put(CpuUsage.GATEWAY, gatewayCores));
    }

    @Test
    void theHopIsTheGatewayRunLessTheDirectOne() {
        JsonArray workloads = new JsonArray().add(run("ar_rules_list", "gateway", 2000, 30, 0.9, 0.5))
                .add(run("ar_rules_list.direct", "direct", 2500, 20, 0.1, 0.48));

        JsonObject hop = Variants.gatewayHop(workloads).getJsonObject(0);

        assertEquals("ar_rules_list", hop.getString("workload"));
        assertEquals(0.33, hop.getDouble("hopShareOfP50"));
        assertEquals(0.2, hop.getDouble("throughputLostToHop"));
        assertEquals(0.4, hop.getDouble("gatewayCpuMsPerRequest")); // (0.9 - 0.1) cores / 2000 req/s
        assertTrue(Variants.markdown(Variants.gatewayHop(workloads), new JsonArray(), workloads)
                .contains("| ar_rules_list | 64 | 2000.0 / 2500.0 | 20% | 30.00 / 20.00 | 33% | 0.40 | 0.5 / 0.48 |"));
    }

    @Test
    void theTokenCacheSavesTheDifferenceWithRandomTokens() {
        JsonArray workloads = new JsonArray().add(run("ar_rules_list", "gateway", 2000, 30, 0.9, 0.5))
                .add(run("ar_rules_list.random_tokens", "random_tokens", 1500, 40, 0.9, 0.8));

        JsonObject saved = Variants.tokenCache(workloads, 10_000).getJsonObject(0);

        assertEquals(0.3, saved.getDouble("savedCpuMsPerRequest"));
        assertEquals(0.8, saved.getDouble("randomMissRateAtLeast"), "1 - 2,040 of 10,000 users");
        assertEquals(0.0, Variants.tokenCache(workloads, 200).getJsonObject(0).getDouble("randomMissRateAtLeast"));
    }

    @Test
    void refusalsAndWaitsHaveTheirOwnTable() {
        JsonArray workloads = new JsonArray().add(new JsonObject().put("workload", "bs_cluster_200").put("concurrency", 64)
                .put("throughput", 12.0).put("okThroughput", 4.5).put("busy", 60L).put("waits", 58L).put("waitedSeconds", 290.0)
                .put("p50Ms", 800.0));

        String md = Variants.markdown(new JsonArray(), new JsonArray(), workloads);

        assertTrue(md.contains("| bs_cluster_200 | 64 | 12.00 | 4.50 | 60 | 58 | 290.0 | 800.00 |"), md);
    }
}
