package io.pulse.messaging.bench.ai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The AI benchmark's figures, both phases side by side, as markdown. */
final class AiReport {

    record Phase(List<AiWorkload.Result> results, ModelMetrics metrics) {
    }

    private final AiBench.Options options;
    private final Map<String, Phase> phases = new LinkedHashMap<>();
    private int providerCalls = -1;

    AiReport(AiBench.Options options) {
        this.options = options;
    }

    void phase(String name, Phase phase) {
        phases.put(name, phase);
    }

    void providerCalls(int calls) {
        providerCalls = calls;
    }

    /** Workloads none of whose requests succeeded in some phase: the benchmark itself is then broken. */
    List<String> broken() {
        return phases.entrySet().stream().flatMap(p -> p.getValue().results().stream()
                .filter(r -> r.errors() == r.requests()).map(r -> r.workload() + " (" + p.getKey() + ")")).toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# AI workloads: local engines and a model provider\n\n");
        md.append(String.format("%d requests per workload, %d at a time, through the gateway. Provider: %s.%n%n",
                options.requests(), options.concurrency(), options.fake()
                        ? "the benchmark's fake OpenAI-compatible server answering after " + options.latency().toMillis()
                                + " ms (a stand-in for the model's own latency)"
                        : "the PULSE_AI_* provider of the environment"));
        md.append("| workload | engines | req/s | p50 ms | p95 ms | errors | answered by |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Map.Entry<String, Phase> phase : phases.entrySet()) {
            for (AiWorkload.Result r : phase.getValue().results()) {
                md.append(String.format("| %s | %s | %.1f | %d | %d | %d | %s |%n", r.workload(), phase.getKey(),
                        r.perSecond(), r.percentile(0.5), r.percentile(0.95), r.errors(), r.engines()));
            }
        }
        Phase down = phases.get("model down");
        if (down != null) {
            md.append(String.format("%nWith the provider down: fallbacks %s.%n", down.metrics().fallbacks()));
        }
        Phase model = phases.get("model");
        if (model != null) {
            md.append("\nThe services' own model figures in the model phase (from `/q/metrics`):\n\n");
            md.append(String.format("- model calls: %s%n", model.metrics().calls()));
            md.append(String.format("- mean model call: %.0f ms over %.0f calls%s%n", model.metrics().meanCallMillis(),
                    model.metrics().count(), providerCalls >= 0 ? " (the fake server counted " + providerCalls
                            + " requests, retries included)" : ""));
            md.append(String.format("- fallbacks to the local engine: %s%n", model.metrics().fallbacks()));
            md.append(String.format("- answer items dropped by validation: %.0f%n", model.metrics().drops()));
        }
        return md.toString();
    }
}
