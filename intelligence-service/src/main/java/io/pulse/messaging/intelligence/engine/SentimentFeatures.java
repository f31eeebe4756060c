package io.pulse.messaging.intelligence.engine;

import java.util.Locale;

/**
 * What the learned layer ({@link SentimentHead}) reads of a text: its sentence embedding (all-MiniLM-L6-v2, 384
 * dimensions, unit length) followed by {@link #CUES} features from the rules: the lexicon's compound score, the
 * score after the sarcasm, complaint and apology cues, the lexicon's positive and negative shares, the cues
 * themselves (sarcasm, complaint kinds, apology, problem solved), whether it is a question and its exclamation marks.
 */
public final class SentimentFeatures {

    public static final int CUES = 10;

    private SentimentFeatures() {
    }

    static double[] of(float[] embedding, SentimentResult lexicon, SentimentCues.Reading cues, String text) {
        double[] x = new double[embedding.length + CUES];
        for (int i = 0; i < embedding.length; i++) {
            x[i] = embedding[i];
        }
        int k = embedding.length;
        x[k++] = lexicon.score();
        x[k++] = cues.compound();
        x[k++] = lexicon.positive();
        x[k++] = lexicon.negative();
        x[k++] = cues.sarcastic() ? 1 : 0;
        x[k++] = Math.min(cues.complaintKinds(), 2);
        x[k++] = cues.apology() ? 1 : 0;
        x[k++] = cues.resolved() ? 1 : 0;
        x[k++] = MessageClassifier.isQuestion(text) ? 1 : 0;
        x[k] = Math.min(3, text.toLowerCase(Locale.ROOT).chars().filter(c -> c == '!').count());
        return x;
    }
}
