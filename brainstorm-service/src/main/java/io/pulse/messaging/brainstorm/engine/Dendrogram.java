package io.pulse.messaging.brainstorm.engine;

/**
 * The merges of an agglomerative clustering of {@code size} ideas, in order: merge m joined group {@code gone[m]} into
 * group {@code kept[m]} (each group named by its lowest idea) at {@code similarity[m]}.
 */
record Dendrogram(int size, int[] kept, int[] gone, float[] similarity) {

    /** How many merges were made. */
    int merges() {
        return kept.length;
    }

    /** Each idea's group (its lowest idea's index) after the first {@code count} merges. */
    int[] cut(int count) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < count; m++) {
            parent[gone[m]] = kept[m];
        }
        int[] group = new int[size];
        for (int i = 0; i < size; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            group[i] = r;
        }
        return group;
    }

    /** How many of the first merges were made at a similarity of at least {@code floor}. */
    int mergesAtLeast(double floor) {
        int count = 0;
        while (count < kept.length && similarity[count] >= floor) {
            count++;
        }
        return count;
    }
}
