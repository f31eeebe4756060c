package io.pulse.messaging.intelligence.quality;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.intelligence.engine.LearnedSentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.SentimentHead;

/**
 * Writes the shipped sentiment head, {@code src/main/resources/engine/sentiment-head.txt}, from the project's own
 * labelled messages ({@code src/test/resources/sentiment-train.tsv}) and nothing else (no development set: the
 * figure on tweeteval is then a held-out one). Deterministic: the same file gives the same weights. Run from the
 * repository root:
 * <pre>
 * ./mvnw -o -q -pl intelligence-service -am test -Dtest=SentimentHeadTraining -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true
 * </pre>
 * (excluded from the normal test run by its name, like the quality evaluations).
 */
class SentimentHeadTraining {

    private static final Logger LOG = Logger.getLogger(SentimentHeadTraining.class);

    static final Path OUTPUT = Path.of("src/main/resources/engine/sentiment-head.txt");

    /** The shipped recipe: the head trained on the given rows, every row of weight 1. */
    static SentimentHead train(double[][] x, int[] y) {
        double[] weight = new double[y.length];
        Arrays.fill(weight, 1);
        return SentimentHeadTrainer.train(x, y, weight);
    }

    @Test
    void trainAndWriteTheShippedHead() throws IOException {
        List<SentimentData.Labelled> rows = SentimentData.training();
        LearnedSentimentAnalyzer extractor = SentimentData.featureExtractor(new MiniLmEmbedder());
        SentimentHead head = train(SentimentData.features(extractor, rows), SentimentData.classes(rows));
        try (Writer out = Files.newBufferedWriter(OUTPUT, StandardCharsets.UTF_8)) {
            head.write(out, "Sentiment head: multinomial logistic regression over the MiniLM sentence embedding (384) and "
                    + "10 rule features.\nTrained by SentimentHeadTraining (intelligence-service tests) on " + rows.size()
                    + " messages of src/test/resources/sentiment-train.tsv, written for this project.\n"
                    + "L2 " + SentimentHeadTrainer.L2 + ", " + SentimentHeadTrainer.EPOCHS + " epochs of Adam, class-balanced.");
        }
        LOG.infof("wrote %s from %d messages", OUTPUT.toAbsolutePath(), rows.size());
    }
}
