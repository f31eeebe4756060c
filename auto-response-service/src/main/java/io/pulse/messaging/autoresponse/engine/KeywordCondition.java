package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keywords (whole words, case- and accent-insensitive; a keyword of several words matches them adjacent and in
 * order) and/or a regular expression; both must hold when both are given.
 */
public final class KeywordCondition {

    private final KeywordMode mode;
    private final List<String> terms;
    private final List<String[]> folded;
    private final SafeRegex regex;

    /**
     * @throws IllegalArgumentException when a keyword has no word characters (it could never match)
     */
    public KeywordCondition(KeywordMode mode, List<String> terms, SafeRegex regex) {
        this.mode = mode == null ? KeywordMode.ANY : mode;
        this.terms = terms == null ? List.of() : List.copyOf(terms);
        this.folded = new ArrayList<>();
        for (String term : this.terms) {
            String[] words = Text.words(term);
            if (words.length == 0) {
                throw new IllegalArgumentException("keyword '" + term + "' has no letters or digits");
            }
            folded.add(words);
        }
        this.regex = regex;
    }

    public KeywordMode mode() {
        return mode;
    }

    public List<String> terms() {
        return terms;
    }

    /** The folded words of each term, for comparing conditions. */
    List<String> foldedTerms() {
        return folded.stream().map(words -> String.join(" ", words)).toList();
    }

    public SafeRegex regex() {
        return regex;
    }

    /** The verdict without the explanation (the hot path: no strings built). */
    public boolean matches(MessageFacts facts) {
        if (!folded.isEmpty()) {
            boolean ok = mode == KeywordMode.ALL;
            for (String[] term : folded) {
                boolean found = facts.contains(term);
                if (mode == KeywordMode.ALL && !found) {
                    return false;
                }
                if (mode != KeywordMode.ALL && found) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return regex == null || find(facts) == SafeRegex.Outcome.MATCH;
    }

    private SafeRegex.Outcome find(MessageFacts facts) {
        return regex.find(facts.message().content());
    }

    public Check check(MessageFacts facts) {
        String verdict = null;
        if (!terms.isEmpty()) {
            List<String> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < folded.size(); i++) {
                (facts.contains(folded.get(i)) ? found : missing).add(terms.get(i));
            }
            boolean ok = switch (mode) {
                case ANY, PHRASE -> !found.isEmpty();
                case ALL -> missing.isEmpty();
            };
            String kind = mode == KeywordMode.PHRASE ? "phrase" : "keyword";
            if (!ok) {
                return Check.fail("keywords", mode == KeywordMode.ALL
                        ? "missing " + kind + (missing.size() > 1 ? "s " : " ") + quoted(missing)
                        : "no " + kind + " of " + quoted(terms) + " occurs");
            }
            verdict = "found " + kind + (found.size() > 1 ? "s " : " ") + quoted(found);
        }
        if (regex != null) {
            switch (find(facts)) {
                case MATCH -> verdict = (verdict == null ? "" : verdict + "; ") + "pattern /" + regex.source() + "/ matches";
                case NO_MATCH -> {
                    return Check.fail("keywords", "pattern /" + regex.source() + "/ does not match");
                }
                case UNSUPPORTED -> {
                    return Check.fail("keywords", "pattern /" + regex.source() + "/ never matches: it was saved before patterns ran on the "
                            + "linear-time engine, and " + regex.problem() + "; edit the rule's pattern");
                }
            }
        }
        return Check.pass("keywords", verdict == null ? "no keyword condition" : verdict);
    }

    private static String quoted(List<String> values) {
        return Arrays.toString(values.stream().map(v -> "'" + v + "'").toArray());
    }
}
