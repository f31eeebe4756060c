package io.pulse.messaging.brainstorm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.engine.LabelledIdeas;
import io.pulse.messaging.brainstorm.engine.SharedModel;
import io.pulse.messaging.common.embedding.EmbeddingSettings;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.common.embedding.TextEmbedder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Clustering time for 100, 200, 500 and 2,000 ideas, embedding included (cold cache) and again with the ideas' vectors
 * cached (what a second clustering of the same session costs), then the steady cost of clustering with cached vectors
 * once the JIT has compiled the clusterer (the mean over repeated runs, as a busy service pays it; the calling thread's
 * CPU time, so the model's threads and the rest of the JVM do not count). A benchmark, not a test: it asserts nothing and runs
 * only with {@code -Dpulse.bench=true}:
 * {@code ./mvnw -o -pl brainstorm-service verify -Dtest=ClusteringBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}
 */
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
class ClusteringBenchmark {

    private static final String[] CONTEXTS = {"", " for the sales team", " next quarter", " on mobile", " for new hires",
            " in the European office", " during peak hours", " for enterprise customers", " as an experiment", " with a small budget",
            " for the support desk", " before the launch"};

    /** CPU time used by this JVM so far, all threads (the model embeds on several). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void measure() {
        List<String> base = new ArrayList<>(LabelledIdeas.load("messaging-app.tsv").texts());
        base.addAll(LabelledIdeas.load("office-energy.tsv").texts());
        base.addAll(LabelledIdeas.load("city-traffic.tsv").texts());
        List<String> pool = new ArrayList<>();
        for (String context : CONTEXTS) {
            for (String text : base) {
                pool.add(text + context);
            }
        }
        TextEmbedder model = SharedModel.MINI_LM;
        model.embedAll(pool.subList(0, 50)); // load and warm up the model
        for (int n : new int[] {100, 200, 500, 2000}) {
            List<IdeaClusterer.IdeaInput> ideas = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ideas.add(new IdeaClusterer.IdeaInput(new UUID(7, i), pool.get((i * 7919) % pool.size()), new UUID(0, i % 9)));
            }
            IdeaClusterer clusterer = new IdeaClusterer(new MiniLmEmbedder(EmbeddingSettings.withCacheBytes(32L << 20)));
            long cpu = cpu();
            long start = System.nanoTime();
            IdeaClusterer.Result result = clusterer.cluster(ideas);
            long cold = System.nanoTime() - start;
            long coldCpu = cpu() - cpu;
            cpu = cpu();
            start = System.nanoTime();
            clusterer.cluster(ideas);
            long warm = System.nanoTime() - start;
            long warmCpu = cpu() - cpu;
            int repetitions = n >= 2000 ? 5 : 30;
            long steadyCpu = threadCpu();
            start = System.nanoTime();
            for (int r = 0; r < repetitions; r++) {
                clusterer.cluster(ideas);
            }
            long steady = (System.nanoTime() - start) / repetitions;
            steadyCpu = (threadCpu() - steadyCpu) / repetitions;
            // Wall time depends on what else runs on the machine; the JVM's CPU time much less so.
            System.out.printf("BENCH clustering %5d ideas: %6d ms with embedding (%6d ms CPU), %6d ms with cached vectors (%6d ms CPU), "
                    + "steady %7.1f ms (%7.1f ms thread CPU, mean of %d); %d clusters, %d unclustered%n", n, cold / 1_000_000, coldCpu / 1_000_000,
                    warm / 1_000_000, warmCpu / 1_000_000, steady / 1e6, steadyCpu / 1e6, repetitions,
                    result.clusters().size(), result.unclustered().size());
        }
    }
}
