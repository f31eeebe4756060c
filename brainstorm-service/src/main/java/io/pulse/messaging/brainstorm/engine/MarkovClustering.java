package io.pulse.messaging.brainstorm.engine;

import java.util.Arrays;

/**
 * Markov clustering (van Dongen 2000) of a weighted graph: random walks are expanded (the flow matrix squared) and
 * inflated (each entry squared, inflation 2 being the method's standard value, then each column normalised) until
 * the flow settles into separate attractors; each idea joins the attractor that holds most of its flow. How many
 * groups there are follows from the graph, with no count or threshold to set. The matrix is kept sparse: entries
 * under {@value #PRUNE} are dropped and each column keeps its {@value #KEEP} largest, so an iteration costs at most
 * n x {@value #KEEP}^2 steps and the memory is O(n x {@value #KEEP}); at most {@value #MAX_ROUNDS} rounds.
 */
final class MarkovClustering {

    static final double PRUNE = 1e-4;
    static final int KEEP = 50;
    static final int MAX_ROUNDS = 100;
    private static final double SETTLED = 1e-6;

    private MarkovClustering() {
    }

    /** Each node's group: the index of the attractor that holds most of its flow (ties to the lower index). */
    static int[] groups(NeighbourGraph graph) {
        int n = graph.neighbours().length;
        int[][] rows = new int[n][];
        double[][] values = new double[n][];
        for (int j = 0; j < n; j++) {
            rows[j] = graph.neighbours()[j].clone(); // the graph is symmetric: node j's column is its row
            values[j] = new double[rows[j].length];
            for (int x = 0; x < rows[j].length; x++) {
                values[j][x] = graph.weights()[j][x];
            }
            normalise(values[j]);
        }
        double[] acc = new double[n];
        boolean[] touched = new boolean[n];
        int[] list = new int[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double change = 0;
            int[][] nextRows = new int[n][];
            double[][] nextValues = new double[n][];
            for (int j = 0; j < n; j++) {
                int count = expand(rows, values, j, acc, touched, list);
                change = Math.max(change, inflate(rows[j], values[j], acc, touched, list, count, nextRows, nextValues, j));
            }
            rows = nextRows;
            values = nextValues;
            if (change < SETTLED) {
                break;
            }
        }
        return attractors(rows, values);
    }

    /** Each column's largest entry's row (ties to the lower row; the node itself for an empty column). */
    private static int[] attractors(int[][] rows, double[][] values) {
        int[] group = new int[rows.length];
        for (int j = 0; j < rows.length; j++) {
            int best = -1;
            for (int x = 0; x < rows[j].length; x++) {
                if (best < 0 || values[j][x] > values[j][best]) {
                    best = x; // rows ascend: of equal values the first, lower row stays
                }
            }
            group[j] = best < 0 ? j : rows[j][best];
        }
        return group;
    }

    /** Column j of the flow squared into the dense {@code acc}; returns how many rows it touches (listed in {@code list}). */
    private static int expand(int[][] rows, double[][] values, int j, double[] acc, boolean[] touched, int[] list) {
        int count = 0;
        for (int x = 0; x < rows[j].length; x++) {
            int k = rows[j][x];
            double v = values[j][x];
            int[] kRows = rows[k];
            double[] kValues = values[k];
            for (int y = 0; y < kRows.length; y++) {
                int r = kRows[y];
                if (!touched[r]) {
                    touched[r] = true;
                    list[count++] = r;
                }
                acc[r] += v * kValues[y];
            }
        }
        return count;
    }

    /**
     * Inflates, prunes and normalises the expanded column in {@code acc} into {@code nextRows[j]} /
     * {@code nextValues[j]} (rows ascending), clears {@code acc}, and returns the largest change from the old column.
     */
    private static double inflate(int[] oldRows, double[] oldValues, double[] acc, boolean[] touched, int[] list, int count,
            int[][] nextRows, double[][] nextValues, int j) {
        double total = 0;
        for (int x = 0; x < count; x++) {
            double v = acc[list[x]];
            acc[list[x]] = v * v; // inflation 2
            total += v * v;
        }
        int kept = 0;
        int[] keep = new int[count];
        for (int x = 0; x < count; x++) {
            if (acc[list[x]] / total >= PRUNE) {
                keep[kept++] = list[x];
            }
        }
        int[] chosen = largest(keep, kept, acc);
        Arrays.sort(chosen);
        double[] chosenValues = new double[chosen.length];
        for (int x = 0; x < chosen.length; x++) {
            chosenValues[x] = acc[chosen[x]];
        }
        normalise(chosenValues);
        for (int x = 0; x < count; x++) {
            acc[list[x]] = 0;
            touched[list[x]] = false;
        }
        nextRows[j] = chosen;
        nextValues[j] = chosenValues;
        return change(oldRows, oldValues, chosen, chosenValues);
    }

    /** The largest difference between two sparse columns (rows ascending in both). */
    private static double change(int[] oldRows, double[] oldValues, int[] newRows, double[] newValues) {
        double change = 0;
        int x = 0;
        int y = 0;
        while (x < oldRows.length || y < newRows.length) {
            if (y == newRows.length || (x < oldRows.length && oldRows[x] < newRows[y])) {
                change = Math.max(change, oldValues[x++]);
            } else if (x == oldRows.length || newRows[y] < oldRows[x]) {
                change = Math.max(change, newValues[y++]);
            } else {
                change = Math.max(change, Math.abs(oldValues[x++] - newValues[y++]));
            }
        }
        return change;
    }

    /** The at most {@value #KEEP} rows of {@code keep[0..kept)} with the largest values (ties to the lower row). */
    private static int[] largest(int[] keep, int kept, double[] acc) {
        if (kept <= KEEP) {
            return Arrays.copyOf(keep, kept);
        }
        Integer[] order = new Integer[kept];
        for (int x = 0; x < kept; x++) {
            order[x] = keep[x];
        }
        Arrays.sort(order, (a, b) -> acc[a] != acc[b] ? Double.compare(acc[b], acc[a]) : Integer.compare(a, b));
        int[] out = new int[KEEP];
        for (int x = 0; x < KEEP; x++) {
            out[x] = order[x];
        }
        return out;
    }

    private static void normalise(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        for (int x = 0; x < values.length; x++) {
            values[x] = total > 0 ? values[x] / total : 0;
        }
    }
}
