package io.pulse.messaging.intelligence.engine;

import java.util.Arrays;
import java.util.List;

import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * From similarities to a calibrated confidence. A text's closeness to a topic is the mean cosine similarity of its three
 * nearest prototypes (one lucky prototype counts less than several agreeing ones); each keyword of the topic found in the
 * message adds {@code keywordWeight} (two at most): keywords are one signal, never the gate. The topics then compete:
 * a softmax with a temperature over the topics looked for and one more option, "none of them", whose
 * score is {@code noneScore}. A topic's confidence is its share: the estimated probability that the message is about
 * this topic rather than another of the topics or none of them. The shares of one message sum to at most 1, so a message
 * cannot get every topic, and a topic far above the others and above "none" approaches 1. A message gets the topics whose
 * confidence reaches {@code minConfidence} (three at most).
 *
 * <p>The constants are set on the hand-written sets in src/test/resources (topic-eval.tsv, topic-eval-custom.tsv and
 * EmbeddingTopicDetectorTest), never on the development data the quality evaluation reports on.
 */
public record TopicCalibration(double temperature, double noneScore, double keywordWeight, double minConfidence) {

    static final double NONE_SCORE = 0.22;
    static final double MIN_CONFIDENCE = 0.3;
    static final int NEAREST_PROTOTYPES = 3;

    /**
     * Temperature 0.03: a cosine-similarity difference of 0.03 between two options makes one e (2.7) times likelier than
     * the other. "None" scores {@value #NONE_SCORE}: about what MiniLM gives unrelated short texts, so only a closer topic
     * beats it. A topic is attached to a message from a confidence of {@value #MIN_CONFIDENCE}. Chosen by a grid over
     * temperature {0.03, 0.05} x none {0.16 ... 0.27} x minimum {0.15 ... 0.4} on the hand-written sets only (top-1 of
     * topic-eval.tsv, accuracy of topic-eval-custom.tsv with its "none" rows): the middle of the plateau where both are
     * best (0.938 and 0.900), about 1.05 topics per message.
     */
    public static final TopicCalibration DEFAULT = new TopicCalibration(0.03, NONE_SCORE, 0.08, MIN_CONFIDENCE);


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
    public double score(double closeness, int keywordHits) {
        return closeness + keywordWeight * Math.min(keywordHits, 2);
    }

    /** Each topic's share of the softmax over the scores and "none" (the remaining share is none's). */
    public double[] confidences(double[] scores) {
        double max = noneScore;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = Math.exp((noneScore - max) / temperature);
        double[] shares = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            shares[i] = Math.exp((scores[i] - max) / temperature);
            total += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }
}
