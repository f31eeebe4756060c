package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The head's three sums made in one pass give the probabilities of one sum per class, to the last bit. */
class SentimentHeadSumsTest {

    /** One sum per class, as the head computed them before. */
    private static double[] reference(double[] mean, double[] scale, double[][] weights, double[] bias, double[] features) {
        double[] logits = new double[3];
        for (int c = 0; c < 3; c++) {
            double z = bias[c];
            for (int j = 0; j < features.length; j++) {
                z += weights[c][j] * (features[j] - mean[j]) / scale[j];
            }
            logits[c] = z;
        }
        return SentimentHead.softmax(logits);
    }

    @Test
    void theSameProbabilitiesToTheLastBit() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(420);
            double[] mean = new double[n];
            double[] scale = new double[n];
            double[][] weights = new double[3][n];
            double[] bias = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[] features = new double[n];
            for (int j = 0; j < n; j++) {
                mean[j] = random.nextGaussian() * 0.1;
                scale[j] = 0.01 + random.nextDouble() * 3;
                features[j] = random.nextGaussian() * 0.2;
                for (int c = 0; c < 3; c++) {
                    weights[c][j] = random.nextGaussian();
                }
            }
            SentimentHead head = new SentimentHead(mean, scale, weights, bias);
            assertArrayEquals(reference(mean, scale, weights, bias, features), head.probabilities(features), 0.0);
        }
    }
}
