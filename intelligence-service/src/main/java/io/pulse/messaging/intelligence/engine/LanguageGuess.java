package io.pulse.messaging.intelligence.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of seven European languages (en, de, fr, es, it, pt, nl) a short chat text is written in, from its function
 * words (the short words every sentence has: articles, pronouns, prepositions, auxiliaries) and a few letters only
 * one of the languages uses (ß, ñ, ã). Offline, no model, a few microseconds. A text with no function word and no
 * such letter ("thanks!", "lol", an emoji) is taken as English with low certainty: the sentiment engine can still
 * read its words. Words shared by several languages ("a", "de", "in", "die") count for each of them.
 *
 * @param language ISO 639-1 code; "und" when nothing at all could be read; "und-" and the ISO 15924 script
 *                 ("und-Cyrl", "und-Hani", ...) for a text mostly written in a script other than Latin, which none of
 *                 the seven languages uses
 * @param certainty in [0, 1]: the winner's share of the function-word hits, less when there are few
 */
public record LanguageGuess(String language, double certainty) {

    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> FUNCTION_WORDS = functionWords();

    /** Is the text English (or too short to tell, which the lexicon then reads as English)? */
    public boolean english() {
        return ENGLISH.equals(language) || UNDETERMINED.equals(language);
    }

    public static LanguageGuess of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String otherScript = OtherScript.dominant(lower);
        if (otherScript != null) {
            return new LanguageGuess(UNDETERMINED + "-" + otherScript, 0.9);
        }
        Map<String, Double> hits = new LinkedHashMap<>();
        FUNCTION_WORDS.keySet().forEach(l -> hits.put(l, 0.0));
        boolean anyLetter = false;
        for (String word : lower.split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            anyLetter = true;
            for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1.0, Double::sum);
                }
            }
        }
        letterHints(lower, hits);
        String best = ENGLISH;
        double bestHits = 0;
        double total = 0;
        for (Map.Entry<String, Double> e : hits.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        if (bestHits == 0) {
            return new LanguageGuess(anyLetter ? ENGLISH : UNDETERMINED, anyLetter ? 0.3 : 0);
        }
        double certainty = bestHits / total * (1 - Math.exp(-bestHits / 1.5));
        return new LanguageGuess(best, Math.round(certainty * 100) / 100.0);
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

    private static Map<String, Set<String>> functionWords() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        words.put("en", Set.of("the", "and", "is", "are", "was", "were", "you", "your", "it", "this", "that", "to", "of",
                "with", "for", "not", "have", "has", "what", "my", "me", "we", "they", "be", "been", "will", "would", "can",
                "just", "so", "at", "on", "i", "i'm", "it's", "don't", "from", "but", "all", "our", "again", "very", "an",
                "a", "in", "or", "if", "there", "about", "how", "why", "when", "still", "no", "yes", "thanks", "please"));
        words.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "du", "sie", "wir", "ein", "eine", "einen",
                "mit", "auf", "für", "von", "zu", "den", "dem", "es", "sich", "auch", "noch", "schon", "aber", "wie",
                "was", "mein", "meine", "immer", "sehr", "wieder", "bitte", "danke", "habe", "hat", "sind", "war", "wird",
                "kann", "nach", "bei", "aus", "kein", "keine", "heute", "jetzt", "mich", "mir", "uns", "ihr", "oder"));
        words.put("fr", Set.of("le", "la", "les", "un", "une", "des", "est", "et", "je", "tu", "il", "elle", "nous", "vous",
                "ils", "pas", "ne", "que", "qui", "avec", "pour", "sur", "dans", "du", "au", "ce", "cette", "mon", "ma",
                "mes", "très", "encore", "toujours", "merci", "suis", "j'ai", "c'est", "n'est", "mais", "ou", "aussi",
                "bien", "rien", "plus", "votre", "vos", "notre", "fois", "depuis", "déjà", "aujourd'hui"));
        words.put("es", Set.of("el", "la", "los", "las", "un", "una", "es", "y", "yo", "tú", "que", "de", "en", "con",
                "para", "por", "no", "muy", "pero", "mi", "mis", "su", "sus", "esta", "este", "está", "están", "hay",
                "otra", "otro", "vez", "gracias", "todavía", "nunca", "siempre", "nada", "del", "al", "lo", "se", "me",
                "le", "hoy", "ya", "también", "cuando", "porque", "pedido", "aún", "sigue", "ha", "he"));
        words.put("it", Set.of("il", "lo", "la", "gli", "le", "un", "una", "è", "e", "di", "che", "non", "per", "con",
                "del", "della", "sono", "mi", "ti", "ci", "questo", "questa", "molto", "ma", "ancora", "sempre", "grazie",
                "io", "tu", "lui", "noi", "voi", "hanno", "ho", "ha", "anche", "come", "perché", "oggi", "nel", "alla"));
        words.put("pt", Set.of("o", "a", "os", "as", "um", "uma", "é", "e", "de", "que", "não", "para", "com", "do", "da",
                "dos", "das", "em", "no", "na", "meu", "minha", "muito", "mas", "ainda", "sempre", "obrigado", "obrigada",
                "eu", "você", "nós", "eles", "foi", "está", "estou", "tem", "também", "hoje", "já", "isso", "pedido"));
        words.put("nl", Set.of("de", "het", "een", "en", "is", "niet", "ik", "je", "jij", "wij", "we", "zij", "met", "op",
                "voor", "van", "te", "dat", "die", "maar", "ook", "nog", "al", "mijn", "zijn", "was", "heb", "heeft",
                "wordt", "bedankt", "dank", "weer", "altijd", "erg", "heel", "geen", "wat", "hoe", "er", "naar", "uit"));
        return words;
    }
}
