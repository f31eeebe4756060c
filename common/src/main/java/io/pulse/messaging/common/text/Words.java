package io.pulse.messaging.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenizer of the engines: lower-case words of a text, in order. A word is a run of letters and numbers
 * that may hold apostrophes, underscores and hyphens inside ("don't", "follow-up", "v2_api"); curly apostrophes read
 * as straight ones, trailing ones are dropped, and URLs ({@code http(s)://...}) are skipped whole. One pass, no regular
 * expression: the engines read every sentence this way.
 */
public final class Words {

    private Words() {
    }

    /** The lower-case words of {@code text}. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int url = urlEnd(text, i);
            if (url > i) {
                i = url;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = wordEnd(text, i + Character.charCount(cp));
            add(words, text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && urlEnd(text, i) == i) {
            int next = text.codePointAt(i);
            if (!isLetterOrNumber(next) && next != '\'' && next != '’' && next != '_' && next != '-') {
                break;
            }
            i += Character.charCount(next);
        }
        return i;
    }

    private static void add(List<String> words, String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '-' || word.charAt(end - 1) == '\'' || word.charAt(end - 1) == '_')) {
            end--;
        }
        if (end > 0) {
            words.add(word.substring(0, end));
        }
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Where a URL ({@code https?://\S+}) that starts at {@code i} ends, or {@code i} when none starts there. */
    private static int urlEnd(String text, int i) {
        if (!text.startsWith("http", i)) {
            return i;
        }
        int rest = text.startsWith("s://", i + 4) ? i + 8 : text.startsWith("://", i + 4) ? i + 7 : -1;
        if (rest < 0 || rest >= text.length() || isSpace(text.charAt(rest))) {
            return i;
        }
        int end = rest;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@code \s}: ASCII white space only, as in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
