package io.pulse.messaging.intelligence.quality;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.intelligence.engine.LearnedSentimentAnalyzer;
import io.pulse.messaging.testing.quality.DevData;

class ScratchDumpQuality {
    @Test
    void dump() throws Exception {
        LearnedSentimentAnalyzer ex = SentimentData.featureExtractor(new MiniLmEmbedder());
        write(ex, SentimentData.training(), "/tmp/feat/own.tsv");
        write(ex, DevData.tsv("tweeteval-sentiment/val.tsv").stream().map(r -> new SentimentData.Labelled(r.get(0), r.get(1))).toList(), "/tmp/feat/tweets.tsv");
        List<SentimentData.Labelled> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("/vader_sentiment_lexicon.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t");
                if (!p[0].matches("[a-z]{3,}")) continue;
                double v = Double.parseDouble(p[1]);
                String label = v >= 1.0 ? "positive" : v <= -1.0 ? "negative" : Math.abs(v) <= 0.4 ? "neutral" : null;
                if (label != null) words.add(new SentimentData.Labelled(label, p[0]));
            }
        }
        write(ex, words, "/tmp/feat/words.tsv");
    }

    static void write(LearnedSentimentAnalyzer ex, List<SentimentData.Labelled> rows, String file) throws Exception {
        new java.io.File("/tmp/feat").mkdirs();
        try (PrintWriter out = new PrintWriter(file, StandardCharsets.UTF_8)) {
            for (SentimentData.Labelled r : rows) {
                double[] x = ex.features(r.text());
                StringBuilder b = new StringBuilder().append(r.y());
                for (double v : x) b.append('\t').append((float) v);
                out.println(b);
            }
        }
    }
}
