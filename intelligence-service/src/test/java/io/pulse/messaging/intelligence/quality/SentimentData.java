package io.pulse.messaging.intelligence.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.pulse.messaging.common.embedding.TextEmbedder;
import io.pulse.messaging.intelligence.engine.LearnedSentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer;

/** Labelled texts for training and evaluating the sentiment head, and their features. */
final class SentimentData {

    /** The project's own training messages (written for it; never a development set's rows). */
    static final String TRAINING = "/sentiment-train.tsv";
    static final List<String> LABELS = List.of("negative", "neutral", "positive");

    record Labelled(String label, String text) {

        int y() {
            return LABELS.indexOf(label);
        }
    }

    private SentimentData() {
    }

    static List<Labelled> training() {
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = SentimentData.class.getResourceAsStream(TRAINING);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (!LABELS.contains(parts[0])) {
                    throw new IllegalStateException("bad label in " + TRAINING + ": " + line);
                }
                rows.add(new Labelled(parts[0], parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The feature extractor of the engine without a head: lexicon, cues and the sentence embedding. */
    static LearnedSentimentAnalyzer featureExtractor(TextEmbedder embedder) {
        return new LearnedSentimentAnalyzer(LexiconSentimentAnalyzer.builtIn(), embedder, null);
    }

    static double[][] features(LearnedSentimentAnalyzer extractor, List<Labelled> rows) {
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = extractor.features(rows.get(i).text());
        }
        return x;
    }

    static int[] classes(List<Labelled> rows) {
        return rows.stream().mapToInt(Labelled::y).toArray();
    }
}
