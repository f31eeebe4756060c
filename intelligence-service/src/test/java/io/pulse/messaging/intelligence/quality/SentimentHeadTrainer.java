package io.pulse.messaging.intelligence.quality;

import io.pulse.messaging.intelligence.engine.SentimentHead;

/**
 * Trains a {@link SentimentHead}: multinomial logistic regression with an L2 penalty, class-balanced (each class
 * weighs as much as the others in the loss, so the rare class is not sacrificed), by full-batch gradient descent
 * with Adam from zero weights. No randomness at all: the same rows in the same order give the same weights.
 * The features are standardised with the training rows' means and deviations, kept in the head.
 */
public final class SentimentHeadTrainer {

    /** Chosen by 5-fold cross-validation on the training messages alone (0.003, 0.03, 0.3, 3 tried). */
    static final double L2 = 0.3;
    static final int EPOCHS = 400;
    static final double LEARNING_RATE = 0.02;

    private SentimentHeadTrainer() {
    }

    /**
     * @param x      feature rows
     * @param y      class per row: 0 negative, 1 neutral, 2 positive
     * @param weight each row's weight before class balancing (1 for a message, less for weaker evidence)
     */
    public static SentimentHead train(double[][] x, int[] y, double[] weight) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        double[] rowWeight = balanced(y, weight);
        double[][] w = new double[3][d];
        double[] b = new double[3];
        Adam adam = new Adam(3 * d + 3);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] gradient = gradient(z, y, rowWeight, w, b);
            adam.step(gradient, w, b);
        }
        return new SentimentHead(mean, scale, w, b);
    }

    /** Row weights scaled so that each class's rows weigh the same in total, summing to 1 overall. */
    static double[] balanced(int[] y, double[] weight) {
        double[] classTotal = new double[3];
        for (int i = 0; i < y.length; i++) {
            classTotal[y[i]] += weight[i];
        }
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = weight[i] / (3 * classTotal[y[i]]);
        }
        return out;
    }

    private static double[] gradient(double[][] z, int[] y, double[] rowWeight, double[][] w, double[] b) {
        int d = w[0].length;
        double[] g = new double[3 * d + 3];
        double[] logits = new double[3];
        for (int i = 0; i < z.length; i++) {
            for (int c = 0; c < 3; c++) {
                double s = b[c];
                for (int j = 0; j < d; j++) {
                    s += w[c][j] * z[i][j];
                }
                logits[c] = s;
            }
            double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                logits[c] = Math.exp(logits[c] - max);
                sum += logits[c];
            }
            for (int c = 0; c < 3; c++) {
                double delta = rowWeight[i] * (logits[c] / sum - (y[i] == c ? 1 : 0));
                for (int j = 0; j < d; j++) {
                    g[c * d + j] += delta * z[i][j];
                }
                g[3 * d + c] += delta;
            }
        }
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < d; j++) {
                g[c * d + j] += L2 * w[c][j];
            }
        }
        return g;
    }

    /** Adam (Kingma and Ba, 2015) with its usual constants. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void step(double[] g, double[][] w, double[] b) {
            t++;
            int d = w[0].length;
            for (int k = 0; k < g.length; k++) {
                m[k] = 0.9 * m[k] + 0.1 * g[k];
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
                double update = LEARNING_RATE * (m[k] / (1 - Math.pow(0.9, t))) / (Math.sqrt(v[k] / (1 - Math.pow(0.999, t))) + 1e-8);
                if (k < 3 * d) {
                    w[k / d][k % d] -= update;
                } else {
                    b[k - 3 * d] -= update;
                }
            }
        }
    }
}
