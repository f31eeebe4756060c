package io.pulse.messaging.autoresponse.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folding shared by the matcher and the template and suggestion engines: case- and accent-insensitive
 * (Unicode decomposition with the combining marks removed, then root-locale lower case, so "Café", "CAFE" and
 * "cafe" are one word), and word splitting on anything that is neither a letter nor a digit in any script.
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /** Folds case and accents; keeps everything else (so positions of words are kept in order). */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        // German sharp s and a few ligatures do not decompose; fold them the way people type them without the key.
        return stripped.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d");
    }

    /**
     * The folded words of {@code text}, in order. Scripts written without spaces between words (Chinese, Japanese
     * kana, Thai, Lao, Khmer, Myanmar) have no word boundary to find without a dictionary, so each of their
     * characters is a word of its own: a keyword in such a script then matches as its characters adjacent and in
     * order, which is how people search those scripts ("会议" is found in "明天的会议").
     */
    public static String[] words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        for (String part : NON_WORD.split(folded)) {
            if (part.isEmpty()) {
                continue;
            }
            int run = 0;
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (unspaced(cp)) {
                    if (run < i) {
                        words.add(part.substring(run, i));
                    }
                    words.add(part.substring(i, next));
                    run = next;
                }
                i = next;
            }
            if (run < part.length()) {
                words.add(run == 0 ? part : part.substring(run));
            }
        }
        return words.toArray(String[]::new);
    }

    private static boolean unspaced(int codePoint) {
        if (codePoint < 0x0E00) {
            return false; // the common case (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, ...): one comparison
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TANGUT -> true;
            default -> false;
        };
    }

    /** The first {@code max} characters of {@code text} on one line, cut at a word boundary, with an ellipsis when cut. */
    public static String snippet(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return line.substring(0, cut).stripTrailing() + "…";
    }
}
