package io.pulse.messaging.common.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which of seven European languages (en, de, fr, es, it, pt, nl) a short chat text is written in, from its function
 * words (the short words every sentence has: articles, pronouns, prepositions, auxiliaries, {@link FunctionWords}) and
 * a few letters only one of the languages uses (ß, ñ, ã), its greeting words ("hola", "bonjour", "guten", {@link
 * GreetingWords}: what tells a greeting-only message's language), or which script it is written in when that is not Latin.
 * Offline, no model, a few microseconds. One guesser for every service: the sentiment engine (which reads English
 * only), the smart replies (which answer in the languages they have phrases for) and the language-model checks.
 *
 * @param language  ISO 639-1 code, the best guess: a text with no function word and no such letter ("thanks!", "lol")
 *                  is taken as English with low certainty; "und" when nothing at all could be read; "und-" and the ISO
 *                  15924 script ("und-Cyrl", "und-Hani", ...) for a text mostly written in a script other than Latin.
 *                  Words shared by several languages ("a", "de", "in", "die") count for each of them.
 * @param certainty in [0, 1]: the winner's share of the function-word hits, less when there are few
 * @param definite  the ISO 639-1 code only when one language clearly leads (at least two function words, half again
 *                  as many as the next language), or the script belongs to one language (kana: ja, Hangul: ko, Han
 *                  alone: zh, Greek: el, Hebrew: he, Thai: th); null otherwise. What a check may rely on.
 */
public record LanguageGuess(String language, double certainty, String definite) {

    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";

    private static final Map<String, String> SCRIPT_LANGUAGES = Map.of("Jpan", "ja", "Kore", "ko", "Hani", "zh", "Grek", "el",
            "Hebr", "he", "Thai", "th");

    /** Is the text English (or too short to tell, which the lexicon then reads as English)? */
    public boolean english() {
        return ENGLISH.equals(language) || UNDETERMINED.equals(language);
    }

    /** The most specific code known: {@link #definite} when there is one, else {@link #language}. */
    public String code() {
        return definite != null ? definite : language;
    }

    public static LanguageGuess of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String otherScript = OtherScript.dominant(lower);
        if (otherScript != null) {
            String script = OtherScript.hasKana(lower) ? "Jpan" : otherScript;
            return new LanguageGuess(UNDETERMINED + "-" + otherScript, 0.9, SCRIPT_LANGUAGES.get(script));
        }
        Map<String, Double> hits = new LinkedHashMap<>();
        FunctionWords.LANGUAGES.forEach(l -> hits.put(l, 0.0));
        boolean anyLetter = false;
        for (String word : lower.replace('\u2019', '\'').split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            anyLetter = true;
            for (String language : FunctionWords.languagesOf(word)) {
                hits.merge(language, 1.0, Double::sum);
            }
            for (String language : GreetingWords.languagesOf(word)) {
                hits.merge(language, 1.0, Double::sum);
            }
        }
        double wordHits = hits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        letterHints(lower, hits);
        return decide(hits, anyLetter, wordHits);
    }

    private static LanguageGuess decide(Map<String, Double> hits, boolean anyLetter, double wordHits) {
        String best = ENGLISH;
        double bestHits = 0;
        double second = 0;
        double total = 0;
        for (Map.Entry<String, Double> e : hits.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestHits) {
                second = bestHits;
                best = e.getKey();
                bestHits = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (bestHits == 0) {
            return new LanguageGuess(anyLetter ? ENGLISH : UNDETERMINED, anyLetter ? 0.3 : 0, null);
        }
        double certainty = bestHits / total * (1 - Math.exp(-bestHits / 1.5));
        boolean clear = wordHits >= 2 && bestHits >= 2 && bestHits > second && bestHits * 2 >= second * 3;
        return new LanguageGuess(best, Math.round(certainty * 100) / 100.0, clear ? best : null);
    }

    /** Letters that belong to one language among the seven count as one function word each. */
    private static void letterHints(String lower, Map<String, Double> hits) {
        for (int i = 0; i < lower.length(); i++) {
            switch (lower.charAt(i)) {
                case 'ß', 'ä', 'ö', 'ü' -> hits.merge("de", 0.5, Double::sum);
                case 'ñ', '¿', '¡' -> hits.merge("es", 1.0, Double::sum);
                case 'ã', 'õ' -> hits.merge("pt", 1.0, Double::sum);
                case 'ç', 'ê', 'è', 'œ', 'û', 'ù' -> hits.merge("fr", 0.5, Double::sum);
                case 'ò', 'ì' -> hits.merge("it", 0.5, Double::sum);
                default -> {
                }
            }
        }
    }
}
