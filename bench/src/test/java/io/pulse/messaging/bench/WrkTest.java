package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class WrkTest {

    private static JsonObject output(long status, long busy, long ok) {
        return new JsonObject().put("requests", 100).put("duration_us", 2_000_000)
                .put("errors", new JsonObject().put("connect", 1).put("read", 0).put("write", 0).put("status", status).put("timeout", 0))
                .put("latency", new JsonObject().put("p50", 1000).put("p90", 2000).put("p99", 3000).put("max", 4000))
                .put("extra", new JsonObject().put("ok", ok).put("busy", busy).put("waits", busy).put("waitMs", busy * 5000));
    }

    @Test
    void busyRefusalsAreNotErrors() {
        Wrk.Result result = Wrk.parse(output(40, 30, 60));

        assertEquals(11, result.errors()); // one socket error and the ten non-2xx answers that were not busy 503s
        assertEquals(40, result.non2xx());
        assertEquals(30, result.busy());
        assertEquals(30.0, result.okThroughput());
        assertEquals(50.0, result.throughput());
    }

    @Test
    void withoutBusyEveryNon2xxIsAnError() {
        assertEquals(41, Wrk.parse(output(40, 0, 60)).errors());
    }

    @Test
    void theHotReadsHaveADirectVariantAndTheRuleListARandomTokensOne() {
        Workload rules = Workloads.ALL.stream().filter(w -> w.name().equals("ar_rules_list")).findFirst().orElseThrow();
        List<Workload> variants = Workloads.variantsOf(rules);

        assertEquals(List.of("ar_rules_list.direct", "ar_rules_list.random_tokens"), variants.stream().map(Workload::name).toList());
        assertEquals("ar_rules_list", variants.get(0).script());
        assertEquals(null, variants.get(0).pgbenchScript());
        for (String read : Workloads.DIRECT_TOO) {
            Workload base = Workloads.ALL.stream().filter(w -> w.name().equals(read)).findFirst().orElseThrow();
            assertEquals(Workload.Variant.DIRECT, Workloads.variantsOf(base).get(0).variant());
        }
    }
}
