package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of cue phrases found by looking up the words of a {@link CueText}: what {@code \b(we decided|agreed to|...)\b}
 * finds, without scanning the text with an alternation at every position. Each phrase is tried only where the text
 * has its first word, in the order given, so that a match starts and ends where the regular expression's would.
 *
 * <p>Phrases are written in a small part of the regular expression syntax: literal lower-case text, groups
 * {@code (a|b)}, and {@code ?} after a character or a group ({@code "change of plans?"}, {@code "(i|we)('ve| have)? approved"});
 * the alternatives are tried in the order the regular expression would try them. A phrase starts with a word
 * character and, unless {@link Builder#add(String, Tail) a tail} says otherwise, ends at the end of a word.
 */
final class Phrases {

    /** What must follow a phrase, at {@code at} just after its text: the end of the match, or -1. */
    interface Tail {
        int end(CueText text, int at);
    }

    /** The phrase ends a word ({@code \b}). */
    static final Tail WORD_END = (text, at) -> text.wordEndsAt(at) ? at : -1;

    /** The phrase ends a word and is not followed by any of these (a negative lookahead such as {@code (?! (note|see))}). */
    static Tail wordEndUnlessFollowedBy(String pattern) {
        List<String> next = expand(pattern);
        return (text, at) -> {
            if (!text.wordEndsAt(at)) {
                return -1;
            }
            for (String n : next) {
                if (text.lower().startsWith(n, at)) {
                    return -1;
                }
            }
            return at;
        };
    }

    /** A match: the characters {@code [start, end)} of the text. */
    record Match(int start, int end) {
    }

    private record Alternative(String text, Tail tail) {
    }

    private final Map<String, List<Alternative>> byFirstWord;
    /** Alternatives found anywhere, not only at the start of a word ("✅", "n't"). */
    private final List<Alternative> anywhere;

    private Phrases(Map<String, List<Alternative>> byFirstWord, List<Alternative> anywhere) {
        this.byFirstWord = byFirstWord;
        this.anywhere = anywhere;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Phrases that end at the end of a word. */
    static Phrases of(String pattern) {
        return builder().add(pattern).build();
    }

    /** Whether one of the phrases occurs. */
    boolean in(CueText text) {
        return first(text, 0, text.lower().length()) != null;
    }

    /**
     * Whether one of the phrases occurs inside the characters {@code [from, to)}, as in {@code text.substring(from, to)}
     * when neither end cuts a word and no phrase looks past {@code to}.
     */
    boolean in(CueText text, int from, int to) {
        return first(text, from, to) != null;
    }

    /**
     * The matches that {@code Matcher.find()} would return one after the other: leftmost first, there the first
     * alternative that matches, the next search from the end of the previous match.
     */
    List<Match> matches(CueText text) {
        List<Match> found = new ArrayList<>(2);
        int length = text.lower().length();
        int position = 0;
        Match next;
        while (position <= length && (next = first(text, position, length)) != null) {
            found.add(next);
            position = next.end() > next.start() ? next.end() : next.start() + 1;
        }
        return found;
    }

    /** The leftmost match that starts at or after {@code from} and ends by {@code to}, or null. */
    private Match first(CueText text, int from, int to) {
        Match best = null;
        for (int k = text.wordFrom(from); k < text.size() && text.start(k) < to && best == null; k++) {
            List<Alternative> candidates = byFirstWord.get(text.word(k));
            if (candidates == null) {
                continue;
            }
            int start = text.start(k);
            for (Alternative a : candidates) {
                int end = text.lower().startsWith(a.text(), start) ? a.tail().end(text, start + a.text().length()) : -1;
                if (end >= 0 && end <= to) {
                    best = new Match(start, end);
                    break;
                }
            }
        }
        String lower = text.lower();
        for (Alternative a : anywhere) {
            for (int i = lower.indexOf(a.text(), from); i >= 0 && i < to && (best == null || i < best.start()); i = lower.indexOf(a.text(), i + 1)) {
                int end = a.tail().end(text, i + a.text().length());
                if (end >= 0 && end <= to) {
                    best = new Match(i, end);
                    break;
                }
            }
        }
        return best;
    }

    static final class Builder {

        private final Map<String, List<Alternative>> byFirstWord = new HashMap<>();
        private final List<Alternative> anywhere = new ArrayList<>();

        /** Phrases that end at the end of a word. */
        Builder add(String pattern) {
            return add(pattern, WORD_END);
        }

        /** Phrases followed by {@code tail}. */
        Builder add(String pattern, Tail tail) {
            for (String phrase : expand(pattern)) {
                String first = firstWord(phrase);
                if (first.isEmpty()) {
                    throw new IllegalArgumentException("A phrase starts with a word character: " + phrase);
                }
                byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(new Alternative(phrase, tail));
            }
            return this;
        }

        /** Text found anywhere, inside words too (what a regular expression without {@code \b} in front finds). */
        Builder anywhere(String text, Tail tail) {
            anywhere.add(new Alternative(text, tail));
            return this;
        }

        Phrases build() {
            Map<String, List<Alternative>> copy = new HashMap<>();
            byFirstWord.forEach((w, list) -> copy.put(w, List.copyOf(list)));
            return new Phrases(copy, List.copyOf(anywhere));
        }

        private static String firstWord(String phrase) {
            int i = 0;
            while (i < phrase.length() && CueText.isWordAt(phrase, i)) {
                i += Character.charCount(phrase.codePointAt(i));
            }
            return phrase.substring(0, i);
        }
    }

    // ---- the pattern syntax ---------------------------------------------------------------------------------------

    /** Every text the pattern stands for, in the order a regular expression tries them. */
    static List<String> expand(String pattern) {
        int[] at = {0};
        List<String> result = alternation(pattern, at);
        if (at[0] != pattern.length()) {
            throw new IllegalArgumentException("Unbalanced ')' in " + pattern);
        }
        return result;
    }

    private static List<String> alternation(String p, int[] at) {
        List<String> all = new ArrayList<>(sequence(p, at));
        while (at[0] < p.length() && p.charAt(at[0]) == '|') {
            at[0]++;
            all.addAll(sequence(p, at));
        }
        return all;
    }

    private static List<String> sequence(String p, int[] at) {
        List<String> texts = new ArrayList<>(List.of(""));
        while (at[0] < p.length() && p.charAt(at[0]) != '|' && p.charAt(at[0]) != ')') {
            List<String> item;
            char c = p.charAt(at[0]);
            if (c == '(') {
                at[0]++;
                item = alternation(p, at);
                if (at[0] >= p.length() || p.charAt(at[0]) != ')') {
                    throw new IllegalArgumentException("Unclosed '(' in " + p);
                }
                at[0]++;
            } else {
                item = List.of(String.valueOf(c));
                at[0]++;
            }
            if (at[0] < p.length() && p.charAt(at[0]) == '?') {
                at[0]++;
                List<String> optional = new ArrayList<>(item);
                optional.add(""); // greedy: with it first, then without
                item = optional;
            }
            List<String> next = new ArrayList<>(texts.size() * item.size());
            for (String head : texts) {
                for (String tail : item) {
                    next.add(head + tail);
                }
            }
            texts = next;
        }
        return texts;
    }
}
