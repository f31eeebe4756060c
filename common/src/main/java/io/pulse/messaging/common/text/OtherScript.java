package io.pulse.messaging.common.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * The writing system of a text whose letters are mostly not Latin (Cyrillic, Greek, Arabic, Hebrew, Han, Kana,
 * Hangul, Devanagari, Thai, ...): the sentiment engine reads none of them, so such a text must not be scored as
 * English; the smart replies answer none of them either. Letters only: digits, punctuation and emoji belong to no language.
 */
final class OtherScript {

    private static final Map<UnicodeScript, String> CODES = new EnumMap<>(Map.of(
            UnicodeScript.CYRILLIC, "Cyrl", UnicodeScript.GREEK, "Grek", UnicodeScript.ARABIC, "Arab",
            UnicodeScript.HEBREW, "Hebr", UnicodeScript.HAN, "Hani", UnicodeScript.HIRAGANA, "Jpan",
            UnicodeScript.KATAKANA, "Jpan", UnicodeScript.HANGUL, "Kore", UnicodeScript.DEVANAGARI, "Deva",
            UnicodeScript.THAI, "Thai"));

    private OtherScript() {
    }

    /** Does the text have Japanese kana (hiragana or katakana)? Han with kana is Japanese, Han alone most often Chinese. */
    static boolean hasKana(String text) {
        return text.codePoints().anyMatch(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
        });
    }

    /** The ISO 15924 code of the text's main non-Latin script ("Zzzz" if unlisted), or null when Latin dominates. */
    static String dominant(String text) {
        int latin = 0;
        Map<UnicodeScript, Integer> others = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.LATIN) {
                latin++;
            } else {
                others.merge(script, 1, Integer::sum);
            }
        }
        int other = others.values().stream().mapToInt(Integer::intValue).sum();
        if (other <= latin) {
            return null;
        }
        UnicodeScript main = others.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return CODES.getOrDefault(main, "Zzzz");
    }
}
