package io.pulse.messaging.common.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greeting words of the seven languages of {@link LanguageGuess}, lower case with their accents: a message that only
 * greets ("Hola!", "Bonjour !", "Guten Morgen!") has no function word, and its greeting is what tells its language.
 */
final class GreetingWords {

    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("en", Set.of("hi", "hello", "hey", "hiya", "howdy"));
        WORDS.put("de", Set.of("hallo", "guten", "moin", "servus", "grüß", "grüezi", "tschüss"));
        WORDS.put("fr", Set.of("bonjour", "bonsoir", "salut", "coucou"));
        WORDS.put("es", Set.of("hola", "buenos", "buenas", "saludos"));
        WORDS.put("it", Set.of("ciao", "buongiorno", "buonasera", "salve"));
        WORDS.put("pt", Set.of("olá", "oi", "bom", "boa"));
        WORDS.put("nl", Set.of("hoi", "goedemorgen", "goedemiddag", "goedenavond", "dag"));
    }

    private GreetingWords() {
    }

    /** The languages that greet with {@code word} (lower case); usually none. */
    static List<String> languagesOf(String word) {
        List<String> languages = new ArrayList<>(1);
        WORDS.forEach((language, words) -> {
            if (words.contains(word)) {
                languages.add(language);
            }
        });
        return languages;
    }
}
