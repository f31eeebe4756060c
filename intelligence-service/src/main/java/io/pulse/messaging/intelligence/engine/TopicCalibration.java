package io.pulse.messaging.intelligence.engine;

import java.util.Arrays;
import java.util.List;

import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * From similarities to a calibrated confidence. A text's closeness to a topic is the mean cosine similarity of its three
 * nearest prototypes (one lucky prototype counts less than several agreeing ones); each keyword of the topic found in the
 * message adds {@link #KEYWORD_WEIGHT} (two at most): keywords are one signal, never the gate. The topics then compete:
 * a softmax with temperature {@link #TEMPERATURE} over the topics looked for and one more option, "none of them", whose
 * score is {@link #NONE_SCORE}. A topic's confidence is its share: the estimated probability that the message is about
 * this topic rather than another of the topics or none of them. The shares of one message sum to at most 1, so a message
 * cannot get every topic, and a topic far above the others and above "none" approaches 1.
 *
 * <p>The constants are set on the hand-written sets in src/test/resources (topic-eval.tsv, topic-eval-custom.tsv and
 * EmbeddingTopicDetectorTest), never on the development data the quality evaluation reports on.
 */
public final class TopicCalibration {

    /** A cosine-similarity difference of 0.05 between two options makes one e (2.7) times likelier than the other. */
    static final double TEMPERATURE = 0.05;
    /** "None of the topics": a closeness MiniLM reaches between unrelated short texts, so only a closer topic beats it. */
    static final double NONE_SCORE = 0.27;
    static final double KEYWORD_WEIGHT = 0.08;
    static final int NEAREST_PROTOTYPES = 3;

    private TopicCalibration() {
    }

    /** Mean cosine similarity of the text's {@value #NEAREST_PROTOTYPES} nearest prototypes (fewer if it has fewer). */
    public static double closeness(float[] text, List<float[]> prototypes) {
        double[] top = new double[NEAREST_PROTOTYPES];
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (float[] p : prototypes) {
            double s = TextEmbedder.cosine(text, p);
            for (int i = 0; i < top.length; i++) {
                if (s > top[i]) {
                    System.arraycopy(top, i, top, i + 1, top.length - i - 1);
                    top[i] = s;
                    break;
                }
            }
        }
        double sum = 0;
        int n = 0;
        for (double s : top) {
            if (s > Double.NEGATIVE_INFINITY) {
                sum += s;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The score a topic competes with: its closeness plus the weight of its keywords found (two at most). */
    public static double score(double closeness, int keywordHits) {
        return closeness + KEYWORD_WEIGHT * Math.min(keywordHits, 2);
    }

    /** Each topic's share of the softmax over the scores and "none" (the remaining share is none's). */
    public static double[] confidences(double[] scores) {
        double max = NONE_SCORE;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = Math.exp((NONE_SCORE - max) / TEMPERATURE);
        double[] shares = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            shares[i] = Math.exp((scores[i] - max) / TEMPERATURE);
            total += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }
}
