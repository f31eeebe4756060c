package io.pulse.messaging.bench;

import java.util.Locale;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What the variants' runs say, beside their gateway runs at the same level: the gateway hop's share (the hot reads
 * straight to the service's port), what the verified token cache saves (random tokens against tokens kept per
 * client), and the clustering runs' refusals and waits (Retry-After honoured).
 */
final class Variants {

    /**
     * How many of the benchmark's tokens (about 600 characters) the services' verified token cache holds by default:
     * {@code pulse.jwt.verified-cache.max-bytes} (4 MiB) over the bytes an entry is charged (3 a character + 256).
     */
    static final int TOKEN_CACHE_SIZE = 2040;

    private Variants() {
    }

    /**
     * Per direct run: {workload, concurrency, gateway and direct req/s, p50, service CPU/req, the hop's share of the
     * p50 latency and the gateway's CPU per request (its cores in the gateway run less this JVM's cores in the direct
     * run, which are the benchmark's own upkeep, per request through the gateway)}.
     */
    static JsonArray gatewayHop(JsonArray workloads) {
        JsonArray hops = new JsonArray();
        for (Object item : workloads) {
            JsonObject direct = (JsonObject) item;
            if (!"direct".equals(direct.getString("variant"))) {
                continue;
            }
            String base = base(direct);
            JsonObject gateway = Targets.find(workloads, base, direct.getInteger("concurrency"));
            if (gateway == null || gateway.getDouble("throughput") <= 0 || direct.getDouble("throughput") <= 0) {
                continue;
            }
            double gatewayCores = cores(gateway, CpuUsage.GATEWAY) - cores(direct, CpuUsage.GATEWAY);
            double p50g = gateway.getDouble("p50Ms");
            double p50d = direct.getDouble("p50Ms");
            hops.add(new JsonObject().put("workload", base).put("concurrency", direct.getInteger("concurrency"))
                    .put("gatewayThroughput", gateway.getDouble("throughput")).put("directThroughput", direct.getDouble("throughput"))
                    .put("gatewayP50Ms", p50g).put("directP50Ms", p50d)
                    .put("hopShareOfP50", p50g <= 0 ? null : round(Math.max(0, p50g - p50d) / p50g))
                    .put("throughputLostToHop", round(1 - gateway.getDouble("throughput") / direct.getDouble("throughput")))
                    .put("gatewayCpuMsPerRequest", round(Math.max(0, gatewayCores) * 1000 / gateway.getDouble("throughput")))
                    .put("serviceCpuMsPerRequestGateway", gateway.getValue("serviceCpuMsPerRequest"))
                    .put("serviceCpuMsPerRequestDirect", direct.getValue("serviceCpuMsPerRequest")));
        }
        return hops;
    }

    /** Per random-tokens run: service CPU per request with tokens kept per client and with a random user's token. */
    static JsonArray tokenCache(JsonArray workloads, long users) {
        JsonArray savings = new JsonArray();
        for (Object item : workloads) {
            JsonObject random = (JsonObject) item;
            if (!"random_tokens".equals(random.getString("variant"))) {
                continue;
            }
            JsonObject kept = Targets.find(workloads, base(random), random.getInteger("concurrency"));
            if (kept == null || kept.getValue("serviceCpuMsPerRequest") == null || random.getValue("serviceCpuMsPerRequest") == null) {
                continue;
            }
            double keptMs = kept.getDouble("serviceCpuMsPerRequest");
            double randomMs = random.getDouble("serviceCpuMsPerRequest");
            savings.add(new JsonObject().put("workload", base(random)).put("concurrency", random.getInteger("concurrency"))
                    .put("keptTokensCpuMsPerRequest", keptMs).put("randomTokensCpuMsPerRequest", randomMs)
                    .put("savedCpuMsPerRequest", round(randomMs - keptMs))
                    .put("keptTokensThroughput", kept.getDouble("throughput")).put("randomTokensThroughput", random.getDouble("throughput"))
                    .put("randomMissRateAtLeast", round(Math.max(0, 1 - TOKEN_CACHE_SIZE / (double) Math.max(1, users)))));
        }
        return savings;
    }

    static String markdown(JsonArray hops, JsonArray savings, JsonArray workloads) {
        StringBuilder md = new StringBuilder();
        if (!hops.isEmpty()) {
            md.append("\n### The gateway hop (each hot read through the gateway, then straight to its service, same level)\n\n")
                    .append("| workload | clients | req/s gateway / direct | throughput lost | p50 ms gateway / direct | hop's share of p50 "
                            + "| gateway CPU ms/req | service CPU ms/req gateway / direct |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Object item : hops) {
                JsonObject h = (JsonObject) item;
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f / %.1f | %.0f%% | %.2f / %.2f | %s | %.2f | %s / %s |%n",
                        h.getString("workload"), h.getInteger("concurrency"), h.getDouble("gatewayThroughput"), h.getDouble("directThroughput"),
                        100 * h.getDouble("throughputLostToHop"), h.getDouble("gatewayP50Ms"), h.getDouble("directP50Ms"),
                        h.getValue("hopShareOfP50") == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * h.getDouble("hopShareOfP50")),
                        h.getDouble("gatewayCpuMsPerRequest"), h.getValue("serviceCpuMsPerRequestGateway"), h.getValue("serviceCpuMsPerRequestDirect")));
            }
        }
        if (!savings.isEmpty()) {
            md.append("\n### What the verified token cache saves (each client keeps its user's token, against a random user's token per request)\n\n")
                    .append("| workload | clients | service CPU ms/req kept / random | saved ms/req | req/s kept / random | random requests missing the cache, at least |\n"
                            + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (Object item : savings) {
                JsonObject s = (JsonObject) item;
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %.2f | %.1f / %.1f | %.0f%% |%n", s.getString("workload"),
                        s.getInteger("concurrency"), s.getDouble("keptTokensCpuMsPerRequest"), s.getDouble("randomTokensCpuMsPerRequest"),
                        s.getDouble("savedCpuMsPerRequest"), s.getDouble("keptTokensThroughput"), s.getDouble("randomTokensThroughput"),
                        100 * s.getDouble("randomMissRateAtLeast")));
            }
            md.append("\nA random token misses the cache (")
                    .append(TOKEN_CACHE_SIZE)
                    .append(" of the benchmark's tokens by default, 4 MiB) when its user's token was pushed out or never seen: with fewer users than that, both runs"
                            + " hit the cache and the difference is noise; the services do not expose the cache's hit counts.\n");
        }
        md.append(clustering(workloads));
        return md.toString();
    }

    /** The runs whose script honours Retry-After: answers, clusterings done, refusals and the waits they caused. */
    private static String clustering(JsonArray workloads) {
        StringBuilder md = new StringBuilder();
        for (Object item : workloads) {
            JsonObject e = (JsonObject) item;
            if (!e.containsKey("busy")) {
                continue;
            }
            if (md.isEmpty()) {
                md.append("\n### Refused with 503 and Retry-After, waited as asked (each 503 costs one of the wrk thread's connections a pause of Retry-After)\n\n")
                        .append("| workload | clients | answers/s | 2xx/s | busy 503 | waits | seconds waited | p50 ms (all answers) |\n"
                                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %d | %d | %.1f | %.2f |%n", e.getString("workload"),
                    e.getInteger("concurrency"), e.getDouble("throughput"), e.getDouble("okThroughput"), e.getLong("busy"),
                    e.getLong("waits"), e.getDouble("waitedSeconds"), e.getDouble("p50Ms")));
        }
        return md.toString();
    }

    private static String base(JsonObject entry) {
        String name = entry.getString("workload");
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static double cores(JsonObject entry, String group) {
        return entry.getJsonObject("cpuCores", new JsonObject()).getDouble(group, 0.0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
