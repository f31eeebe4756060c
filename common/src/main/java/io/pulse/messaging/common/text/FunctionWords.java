package io.pulse.messaging.common.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most common short words of seven European languages (articles, pronouns, prepositions, auxiliaries, a few
 * everyday words such as "please" and "thanks"), lower case with their accents, as {@link LanguageGuess} counts them.
 */
final class FunctionWords {

    private static final Map<String, Set<String>> WORDS = words();

    /** The languages, in the order a tie is decided (English first). */
    static final List<String> LANGUAGES = List.copyOf(WORDS.keySet());

    private FunctionWords() {
    }

    /** The languages that have {@code word} (lower case) as a function word; often none, sometimes several. */
    static List<String> languagesOf(String word) {
        List<String> languages = new ArrayList<>(2);
        for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
            if (language.getValue().contains(word)) {
                languages.add(language.getKey());
            }
        }
        return languages;
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        words.put("en", Set.of("the", "and", "is", "are", "was", "were", "you", "your", "it", "this", "that", "to", "of",
                "with", "for", "not", "have", "has", "what", "my", "me", "we", "they", "be", "been", "will", "would", "can",
                "just", "so", "at", "on", "i", "i'm", "it's", "don't", "from", "but", "all", "our", "again", "very", "an",
                "a", "in", "or", "if", "there", "about", "how", "why", "when", "still", "no", "yes", "thanks", "please",
                "could", "by", "he", "she", "his", "her", "us", "do", "you're", "we're", "i'd", "i'll", "can't", "won't"));
        words.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "du", "sie", "wir", "ein", "eine", "einen",
                "mit", "auf", "für", "von", "zu", "den", "dem", "es", "sich", "auch", "noch", "schon", "aber", "wie",
                "was", "mein", "meine", "immer", "sehr", "wieder", "bitte", "danke", "habe", "hat", "sind", "war", "wird",
                "kann", "nach", "bei", "aus", "kein", "keine", "heute", "jetzt", "mich", "mir", "uns", "ihr", "oder",
                "können", "könnten", "ihnen", "dass", "um", "würde", "wäre", "im", "unser", "unsere", "ihre", "vielen"));
        words.put("fr", Set.of("le", "la", "les", "un", "une", "des", "est", "et", "je", "tu", "il", "elle", "nous", "vous",
                "ils", "pas", "ne", "que", "qui", "avec", "pour", "sur", "dans", "du", "au", "ce", "cette", "mon", "ma",
                "mes", "très", "encore", "toujours", "merci", "suis", "j'ai", "c'est", "n'est", "mais", "ou", "aussi",
                "bien", "rien", "plus", "votre", "vos", "notre", "fois", "depuis", "déjà", "aujourd'hui", "aux",
                "pouvez", "pourriez", "pouvons", "avez", "sont", "ai", "à", "peut"));
        words.put("es", Set.of("el", "la", "los", "las", "un", "una", "es", "y", "yo", "tú", "que", "de", "en", "con",
                "para", "por", "no", "muy", "pero", "mi", "mis", "su", "sus", "esta", "este", "está", "están", "hay",
                "otra", "otro", "vez", "gracias", "todavía", "nunca", "siempre", "nada", "del", "al", "lo", "se", "me",
                "le", "hoy", "ya", "también", "cuando", "porque", "aún", "sigue", "ha", "he",
                "usted", "estoy", "como", "podemos", "puede", "podría", "podrías", "quisiera", "nuestra", "nuestro"));
        words.put("it", Set.of("il", "lo", "la", "gli", "le", "un", "una", "è", "e", "di", "che", "non", "per", "con",
                "del", "della", "sono", "mi", "ti", "ci", "questo", "questa", "molto", "ma", "ancora", "sempre", "grazie",
                "io", "tu", "lui", "noi", "voi", "hanno", "ho", "ha", "anche", "come", "perché", "oggi", "nel", "alla",
                "si", "possiamo", "puoi", "vorrei"));
        words.put("pt", Set.of("o", "a", "os", "as", "um", "uma", "é", "e", "de", "que", "não", "para", "com", "do", "da",
                "dos", "das", "em", "no", "na", "meu", "minha", "muito", "mas", "ainda", "sempre", "obrigado", "obrigada",
                "eu", "você", "nós", "eles", "foi", "está", "estou", "tem", "também", "hoje", "já", "isso",
                "seu", "sua"));
        words.put("nl", Set.of("de", "het", "een", "en", "is", "niet", "ik", "je", "jij", "wij", "we", "zij", "met", "op",
                "voor", "van", "te", "dat", "die", "maar", "ook", "nog", "al", "mijn", "zijn", "was", "heb", "heeft",
                "wordt", "bedankt", "dank", "weer", "altijd", "erg", "heel", "geen", "wat", "hoe", "er", "naar", "uit",
                "u", "kunt", "kan", "jullie", "wel"));
        return words;
    }
}
