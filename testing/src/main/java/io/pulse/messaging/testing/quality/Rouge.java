package io.pulse.messaging.testing.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin, 2004) over lower-cased word tokens, as the usual evaluation scripts do. */
public final class Rouge {

    public record Scores(double rouge1, double rouge2, double rougeL) {
        public Scores plus(Scores o) {
            return new Scores(rouge1 + o.rouge1, rouge2 + o.rouge2, rougeL + o.rougeL);
        }

        public Scores divide(int n) {
            return new Scores(rouge1 / n, rouge2 / n, rougeL / n);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "R-1 %.3f  R-2 %.3f  R-L %.3f", rouge1, rouge2, rougeL);
        }
    }

    private Rouge() {
    }

    public static Scores score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Scores(ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r));
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static double ngramF1(List<String> c, List<String> r, int n) {
        Map<String, Integer> rc = ngrams(r, n);
        Map<String, Integer> cc = ngrams(c, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cc.entrySet()) {
            overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
        int cTotal = Math.max(0, c.size() - n + 1);
        int rTotal = Math.max(0, r.size() - n + 1);
        return f1(overlap, cTotal, rTotal);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static double lcsF1(List<String> c, List<String> r) {
        int[][] table = new int[c.size() + 1][r.size() + 1];
        for (int i = 1; i <= c.size(); i++) {
            for (int j = 1; j <= r.size(); j++) {
                table[i][j] = c.get(i - 1).equals(r.get(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return f1(table[c.size()][r.size()], c.size(), r.size());
    }

    private static double f1(int overlap, int candidateTotal, int referenceTotal) {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) {
            return 0;
        }
        double precision = (double) overlap / candidateTotal;
        double recall = (double) overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}
