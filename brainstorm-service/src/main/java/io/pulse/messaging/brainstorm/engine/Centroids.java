package io.pulse.messaging.brainstorm.engine;

/**
 * Each group's summed similarities: {@code towards[c][i]} is the sum of idea i's similarities to the members of
 * group {@code keys[c]}, i.e. the dot product of idea i with the sum of the group's vectors, and {@code length[c]}
 * the length of that sum (the square root of its dot product with itself). The similarity of idea i to the group's
 * centroid (the normalised sum) is then {@code towards[c][i] / length[c]}, without any vector arithmetic: O(n) per
 * member instead of O(dimension) per idea and group.
 */
record Centroids(int[] keys, double[][] towards, double[] length) {

    /** The centroids of the groups of {@code label} (a group key per idea, -1 for none), keys in ascending order. */
    static Centroids of(int[] label, float[][] sim) {
        int n = label.length;
        int[] slot = slots(label);
        int k = 0;
        for (int key = 0; key < n; key++) {
            k += slot[key] >= 0 ? 1 : 0;
        }
        int[] keys = new int[k];
        for (int key = 0; key < n; key++) {
            if (slot[key] >= 0) {
                keys[slot[key]] = key;
            }
        }
        double[][] towards = new double[k][n];
        for (int j = 0; j < n; j++) {
            if (label[j] >= 0) {
                double[] sum = towards[slot[label[j]]];
                float[] row = sim[j];
                for (int i = 0; i < n; i++) {
                    sum[i] += row[i];
                }
            }
        }
        double[] squared = new double[k];
        for (int i = 0; i < n; i++) {
            if (label[i] >= 0) {
                squared[slot[label[i]]] += towards[slot[label[i]]][i];
            }
        }
        double[] length = new double[k];
        for (int c = 0; c < k; c++) {
            length[c] = Math.sqrt(Math.max(0, squared[c]));
        }
        return new Centroids(keys, towards, length);
    }

    /** Each used key's position among the used keys in ascending order, -1 for unused keys. */
    private static int[] slots(int[] label) {
        int n = label.length;
        int[] count = new int[n];
        for (int l : label) {
            if (l >= 0) {
                count[l]++;
            }
        }
        int k = 0;
        int[] slot = new int[n];
        for (int key = 0; key < n; key++) {
            slot[key] = count[key] > 0 ? k++ : -1;
        }
        return slot;
    }

    /** Cosine similarity of idea i and centroid c (0 for a centroid of length 0). */
    float toIdea(int c, int i) {
        return length[c] == 0 ? 0f : (float) (towards[c][i] / length[c]);
    }

    /** Cosine similarity of centroids c and d: the sum of c's sums over d's members, over both lengths. */
    float between(int c, int d, int[] label) {
        if (length[c] == 0 || length[d] == 0) {
            return 0f;
        }
        double dot = 0;
        double[] sums = towards[c];
        for (int i = 0; i < label.length; i++) {
            if (label[i] == keys[d]) {
                dot += sums[i];
            }
        }
        return (float) (dot / (length[c] * length[d]));
    }
}
