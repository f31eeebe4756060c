package io.pulse.messaging.autoresponse.generation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.pulse.messaging.autoresponse.engine.Text;

/**
 * A cheap guess of a text's language (ISO 639-1), or null when unsure: by script for the scripts one language
 * dominates (kana, Hangul, Han, Greek, Hebrew, Thai), and for Latin script by counting each language's most common
 * function words (articles, pronouns, prepositions), which every text of a few words has and which few languages
 * share. It only ever answers when one language clearly leads: a hint to the model and a check on its answer, never a
 * classification anyone relies on.
 */
public final class LanguageGuess {

    /** Function words per language, folded (no accents, lower case) as {@link Text#words} gives them. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = new HashMap<>();

    static {
        words("en", "the", "and", "is", "are", "you", "to", "of", "for", "with", "this", "that", "it", "we", "can", "have",
                "be", "not", "on", "at", "will", "your", "my", "me", "our", "i", "would", "could", "was", "what", "there", "or", "if",
                "please", "from", "by", "but", "an", "has", "been", "about", "as", "they", "he", "she", "his", "her", "us", "do");
        words("de", "der", "die", "das", "und", "ist", "nicht", "ich", "sie", "wir", "mit", "fur", "auf", "den", "dem", "ein",
                "eine", "einen", "zu", "von", "konnen", "kann", "es", "du", "ihr", "ihnen", "noch", "auch", "haben", "mein",
                "meine", "sind", "bei", "wie", "uns", "mir", "dass", "aber", "oder", "um", "bitte", "wurde", "schon");
        words("fr", "le", "la", "les", "et", "est", "je", "vous", "nous", "pour", "avec", "une", "des", "du", "pas", "que",
                "qui", "dans", "sur", "ce", "mon", "ma", "votre", "il", "elle", "au", "aux", "mais", "ou", "suis", "j", "c", "d");
        words("es", "el", "los", "las", "y", "es", "que", "en", "por", "para", "con", "una", "un", "no", "se", "usted", "mi",
                "su", "pero", "como", "esta", "estoy", "del", "al", "lo", "muy", "hay");
        words("it", "il", "lo", "gli", "e", "che", "di", "per", "con", "una", "un", "non", "sono", "mi", "ti", "ci", "del",
                "della", "io", "voi", "si", "ma", "come", "anche", "al", "alla", "questo", "sei");
        words("pt", "o", "os", "e", "que", "de", "em", "para", "com", "uma", "um", "nao", "voce", "meu", "minha", "por", "do",
                "da", "no", "na", "se", "mas", "como", "esta", "estou", "seu", "sua");
        words("nl", "de", "het", "een", "en", "is", "niet", "ik", "je", "u", "wij", "we", "met", "voor", "op", "van", "dat",
                "die", "kunt", "kan", "zijn", "maar", "ook", "mijn", "jullie", "wel", "er", "naar");
    }

    private static void words(String language, String... words) {
        FUNCTION_WORDS.put(language, new HashSet<>(Set.of(words)));
    }

    private LanguageGuess() {
    }

    /** The language of {@code text}, or null when the text is too short or mixed to say. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String byScript = byScript(text);
        if (byScript != null) {
            return byScript.isEmpty() ? null : byScript;
        }
        return byFunctionWords(Text.words(text));
    }

    /** A language by script; "" for a non-Latin script with no single language; null for Latin script (or none). */
    private static String byScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters == 0 || counts.getOrDefault(Character.UnicodeScript.LATIN, 0) * 2 > letters) {
            return null;
        }
        if (counts.containsKey(Character.UnicodeScript.HIRAGANA) || counts.containsKey(Character.UnicodeScript.KATAKANA)) {
            return "ja";
        }
        Character.UnicodeScript main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return switch (main) {
            case HANGUL -> "ko";
            case HAN -> "zh";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            default -> "";
        };
    }

    /** The language whose function words occur most, when at least two occur and it leads the next by half again. */
    private static String byFunctionWords(String[] words) {
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
            int hits = 0;
            for (String word : words) {
                if (language.getValue().contains(word)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = language.getKey();
            } else if (hits > second) {
                second = hits;
            }
        }
        return bestHits >= 2 && bestHits * 2 >= second * 3 && bestHits > second ? best : null;
    }
}
