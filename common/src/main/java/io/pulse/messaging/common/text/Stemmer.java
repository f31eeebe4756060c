package io.pulse.messaging.common.text;

/**
 * The one stemmer of the engines: a light suffix stripper for English, so that "reviews", "reviewed" and
 * "reviewing" meet as one term, "replies" and "replied" as "reply". Lighter than Porter's on purpose: it never
 * merges words of different meaning that happen to share a long prefix ("general" and "generate" stay apart). Input
 * is a lower-case word ({@link Words}); a possessive {@code 's} is dropped.
 */
public final class Stemmer {

    private Stemmer() {
    }

    public static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if ((w.endsWith("ies") || w.endsWith("ied")) && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return dropE(undouble(w.substring(0, w.length() - 3)));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return dropE(undouble(w.substring(0, w.length() - 2)));
        }
        if (w.endsWith("ly") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return dropE(w);
    }

    private static String dropE(String w) {
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
