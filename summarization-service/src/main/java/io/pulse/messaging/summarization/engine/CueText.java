package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A lower-cased text cut into words once, where a regular expression's {@code \b} would cut it, so that every cue
 * detector ({@link Phrases}, {@link DueDates}) looks words up instead of scanning the text again. A word is a run of
 * letters, digits and {@code _}, a non-spacing mark after a letter or digit included: the word characters of
 * {@code java.util.regex}'s {@code \b} on Java 17 (the runtime of this service; {@code CueTextTest} holds the two
 * together, so that a runtime whose {@code \b} differs is noticed).
 */
final class CueText {

    private final String lower;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean asciiDigit;

    private CueText(String lower) {
        this.lower = lower;
        List<String> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        boolean digit = false;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!isWordAt(lower, i)) {
                char c = lower.charAt(i);
                i += Character.charCount(lower.codePointAt(i));
                digit |= c >= '0' && c <= '9';
                continue;
            }
            int start = i;
            while (i < n && isWordAt(lower, i)) {
                char c = lower.charAt(i);
                digit |= c >= '0' && c <= '9';
                i += Character.charCount(lower.codePointAt(i));
            }
            found.add(lower.substring(start, i));
            spans.add(new int[] {start, i});
        }
        this.words = found.toArray(String[]::new);
        this.starts = new int[spans.size()];
        this.ends = new int[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
        }
        this.asciiDigit = digit;
    }

    /** The text of a sentence or message as the cue detectors read it: lower-cased, typographic apostrophes plain. */
    static CueText of(String text) {
        return new CueText(Cues.lower(text));
    }

    /** An already lower-cased text. */
    static CueText ofLower(String lower) {
        return new CueText(lower);
    }

    String lower() {
        return lower;
    }

    int size() {
        return words.length;
    }

    String word(int k) {
        return words[k];
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    /** The first word that starts at or after {@code from}, or {@link #size()}. */
    int wordFrom(int from) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether one of these words occurs (as a whole word). */
    boolean hasAny(Set<String> candidates) {
        for (String w : words) {
            if (candidates.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean has(String word) {
        for (String w : words) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ASCII digit ({@code \d}) occurs. */
    boolean hasDigit() {
        return asciiDigit;
    }

    /** Whether a word ends at {@code i}: {@code \b} after a word character. */
    boolean wordEndsAt(int i) {
        return i >= lower.length() || !isWordAt(lower, i);
    }

    /**
     * Whether the character at {@code i} is a word character for {@code \b}: a letter, a digit, {@code _}, or a
     * non-spacing mark that follows (through other marks) a letter or digit.
     */
    static boolean isWordAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_';
        }
        int cp = Character.codePointAt(s, i);
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i - 1; x >= 0; x--) {
            int before = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(before)) {
                return true;
            }
            if (Character.getType(before) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
