package io.pulse.messaging.brainstorm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer.IdeaInput;
import io.pulse.messaging.common.embedding.EmbeddingSettings;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.testing.quality.QualityReport;
import io.pulse.messaging.testing.quality.Scores;
import io.pulse.messaging.testing.quality.Target;

/**
 * The clusterer on hwu64 (ideas = utterances, true groups = intents): mean adjusted Rand index over 5 seeded samples of
 * 10 intents x 10 utterances and of 50 intents x 10 utterances, an unclustered idea counting as a group of its own;
 * and the time of one clustering call of 500 ideas whose vectors are cached. Beside them, from the same run: every idea
 * in one group, every idea alone, and spherical k-means told the true number of intents.
 */
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
class ClusteringQuality {

    private static final Logger LOG = Logger.getLogger(ClusteringQuality.class);

    /**
     * The report's samples; {@code -Dpulse.quality.seeds=6,7,8} draws others instead (to develop on without looking at
     * the report's), and then nothing is published.
     */
    private static final long[] STANDARD_SEEDS = {1, 2, 3, 4, 5};
    private static final long[] SEEDS = seeds();

    private final MiniLmEmbedder model = new MiniLmEmbedder(EmbeddingSettings.withCacheBytes(64L << 20));
    private final IdeaClusterer clusterer = new IdeaClusterer(model);

    @Test
    void clustersHwu64Intents() {
        IntentSamples data = IntentSamples.load();
        QualityReport report = new QualityReport("brainstorm-clustering", "Idea clustering (hwu64 intents)",
                "hwu64/utterances.tsv: ideas = utterances, groups = intents; 5 seeded samples per size");
        double slowest = 0;
        for (int intents : new int[] {10, 50}) {
            double[] ari = new double[4];
            int clusters = 0;
            int unclustered = 0;
            for (long seed : SEEDS) {
                IntentSamples.Sample sample = data.draw(intents, 10, seed);
                List<float[]> vectors = model.embedAll(sample.ideas().stream().map(IdeaInput::text).toList());
                clusterer.cluster(sample.ideas()); // warm: vectors cached, code compiled
                long start = System.nanoTime();
                IdeaClusterer.Result result = clusterer.cluster(sample.ideas());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (intents == 50) {
                    slowest = Math.max(slowest, seconds);
                }
                clusters += result.clusters().size();
                unclustered += result.unclustered().size();
                double sampleAri = Scores.adjustedRandIndex(sample.intents(), labels(sample.ideas(), result));
                ari[0] += sampleAri / SEEDS.length;
                ari[1] += Scores.adjustedRandIndex(sample.intents(), sample.ideas().stream().map(i -> "all").toList()) / SEEDS.length;
                ari[2] += Scores.adjustedRandIndex(sample.intents(), sample.ideas().stream().map(i -> i.id().toString()).toList()) / SEEDS.length;
                int[] kmeans = KMeansBaseline.cluster(vectors, sample.k(), seed);
                List<String> kmeansLabels = new ArrayList<>();
                for (int label : kmeans) {
                    kmeansLabels.add("k" + label);
                }
                ari[3] += Scores.adjustedRandIndex(sample.intents(), kmeansLabels) / SEEDS.length;
                LOG.infof("%d intents, seed %d: ARI %.3f, %d clusters, %d unclustered, %.3f s", intents, seed, sampleAri,
                        result.clusters().size(), result.unclustered().size(), seconds);
                if (intents == 10 && seed == 1) {
                    result.clusters().forEach(c -> LOG.infof("  label: %s (%d)", c.label(), c.ideaIds().size()));
                }
            }
            String measure = "ARI, " + intents + " intents x 10 utterances";
            report.figure(measure, "IdeaClusterer", ari[0], Target.atLeast(intents == 10 ? 0.80 : 0.60))
                    .baseline(measure, "all in one cluster", ari[1])
                    .baseline(measure, "every idea alone", ari[2])
                    .baseline(measure, "spherical k-means, true k", ari[3])
                    .note(intents + " intents: " + clusters / SEEDS.length + " clusters and " + unclustered / SEEDS.length
                            + " unclustered ideas per sample on average");
        }
        report.figure("seconds, slowest clustering call of 500 cached ideas", "IdeaClusterer", slowest, Target.atMost(1.5))
                .note("unclustered ideas count as groups of one in the ARI; times are wall time on this machine, vectors cached "
                        + "(each sample clustered once before the timed call)")
                .note("grouping: topic-centred vectors, mutual 10-nearest-neighbour graph (local scaling, weights: shared "
                        + "neighbours times the self-tuning affinity), Markov clustering at the standard inflation 2, then k-means "
                        + "rounds from its groups until no idea moves; k = 10 is the earlier engine's neighbour count, inflation the "
                        + "method's default: neither was set on this data (sensitivity in the service README)")
                .note("without the affinity and the rounds (commit 47f1d82, same command): ARI 0.791 / 0.572, slowest call 0.183 s")
                .note("earlier engine (average-linkage tree cut at the best silhouette, commit c80114f, same command): ARI 0.718 "
                        + "(10 intents), 0.513 (50 intents), 0.097 s on a quiet machine (2026-12-04); 0.954 s in alternating runs beside this "
                        + "engine on 2026-12-05, the machine shared (load about 10), where this engine's slowest call was 0.183 s")
                .note("previous engine (commit 22b97c4, same command, an earlier run): ARI 0.610 (10 intents), 0.226 (50 intents, "
                        + "11 clusters), 0.415 s");
        publish(report);
    }

    /** Publishes the report of the standard seeds (and fails on a missed target); only logs that of other seeds. */
    private static void publish(QualityReport report) {
        if (Arrays.equals(SEEDS, STANDARD_SEEDS)) {
            report.publish();
            assertEquals(List.of(), report.unmet());
        } else {
            LOG.infof("development seeds %s, not published:%n%s", Arrays.toString(SEEDS), report.markdown());
        }
    }

    private static long[] seeds() {
        String given = System.getProperty("pulse.quality.seeds", "").strip();
        return given.isEmpty() ? STANDARD_SEEDS : Arrays.stream(given.split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
    }

    private static List<String> labels(List<IdeaInput> ideas, IdeaClusterer.Result result) {
        Map<UUID, String> label = new HashMap<>();
        for (int c = 0; c < result.clusters().size(); c++) {
            for (UUID id : result.clusters().get(c).ideaIds()) {
                label.put(id, "c" + c);
            }
        }
        Function<UUID, String> of = id -> label.getOrDefault(id, "u:" + id);
        return ideas.stream().map(i -> of.apply(i.id())).toList();
    }
}
