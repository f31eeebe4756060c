package io.pulse.messaging.intelligence.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The learned layer: a multinomial logistic regression over {@link SentimentFeatures} (standardised), giving the
 * probabilities of negative, neutral and positive. Its weights are the resource {@link #RESOURCE}, a small text file
 * written by the trainer ({@code SentimentHeadTrainer} in the tests, see its class comment for the command) from
 * labelled messages written for this project. The class biases are learned with the weights, so the decision
 * (including how wide "neutral" is) comes from the training data, not from a hand-set threshold. Immutable.
 */
public final class SentimentHead {

    public static final String RESOURCE = "/engine/sentiment-head.txt";
    public static final int NEGATIVE = 0;
    public static final int NEUTRAL = 1;
    public static final int POSITIVE = 2;
    static final int CLASSES = 3;

    private static volatile SentimentHead builtIn;

    private final double[] mean;
    private final double[] scale;
    private final double[][] weights;
    private final double[] bias;

    /**
     * @param mean    each feature's mean over the training data
     * @param scale   each feature's standard deviation (1 where it was 0)
     * @param weights per class, one weight per standardised feature
     * @param bias    per class
     */
    public SentimentHead(double[] mean, double[] scale, double[][] weights, double[] bias) {
        if (weights.length != CLASSES || bias.length != CLASSES || mean.length != scale.length
                || weights[0].length != mean.length) {
            throw new IllegalArgumentException("inconsistent sentiment head dimensions");
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = new double[CLASSES][];
        for (int c = 0; c < CLASSES; c++) {
            this.weights[c] = weights[c].clone();
        }
        this.bias = bias.clone();
    }

    /** The shipped head (loaded once per JVM). */
    public static SentimentHead builtIn() {
        SentimentHead head = builtIn;
        if (head == null) {
            synchronized (SentimentHead.class) {
                if (builtIn == null) {
                    try (InputStream in = SentimentHead.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        builtIn = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                head = builtIn;
            }
        }
        return head;
    }

    public int features() {
        return mean.length;
    }

    /** Negative, neutral and positive probabilities of a feature vector. */
    public double[] probabilities(double[] features) {
        // The three classes' sums in one pass: each feature is read and centred once, and the three sums, which do not
        // depend on each other, run side by side. Each sum adds the same terms, computed the same way, in the same
        // order as one sum per class would: the same logits to the last bit.
        double[] w0 = weights[NEGATIVE];
        double[] w1 = weights[NEUTRAL];
        double[] w2 = weights[POSITIVE];
        double z0 = bias[NEGATIVE];
        double z1 = bias[NEUTRAL];
        double z2 = bias[POSITIVE];
        for (int j = 0; j < features.length; j++) {
            double centred = features[j] - mean[j];
            double s = scale[j];
            z0 += w0[j] * centred / s;
            z1 += w1[j] * centred / s;
            z2 += w2[j] * centred / s;
        }
        return softmax(new double[] {z0, z1, z2});
    }

    static double[] softmax(double[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < logits.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** The head as the text {@link #read} reads: one named row of numbers per line. */
    public void write(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write("classes negative neutral positive\n");
        row(out, "mean", mean);
        row(out, "scale", scale);
        row(out, "bias", bias);
        for (int c = 0; c < CLASSES; c++) {
            row(out, "w" + c, weights[c]);
        }
    }

    public static SentimentHead read(InputStream in) throws IOException {
        Map<String, double[]> rows = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("classes")) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            double[] values = new double[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                values[i - 1] = Double.parseDouble(parts[i]);
            }
            rows.put(parts[0], values);
        }
        return new SentimentHead(rows.get("mean"), rows.get("scale"), new double[][] {rows.get("w0"), rows.get("w1"),
                rows.get("w2")}, rows.get("bias"));
    }

    private static void row(Writer out, String name, double[] values) throws IOException {
        StringBuilder line = new StringBuilder(name);
        for (double v : values) {
            line.append(' ').append(String.format(Locale.ROOT, "%.6g", v));
        }
        out.write(line.append('\n').toString());
    }
}
