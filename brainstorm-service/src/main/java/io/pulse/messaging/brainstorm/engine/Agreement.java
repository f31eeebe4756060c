package io.pulse.messaging.brainstorm.engine;

import java.util.Locale;
import java.util.Set;

/**
 * English agreement for the local suggestions: the indefinite article a word takes ("an hour", "a user", "an SMS"),
 * and the verb form or pronoun that agrees with a noun phrase's number.
 */
final class Agreement {

    /** Words spelled with a vowel but said with a consonant ("a user", "a one-page checklist", "a European team"). */
    private static final Set<String> CONSONANT_SOUND = Set.of("uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubi", "uk", "ufo");
    /** Words made with the prefix un- before a stem starting with i ("uninstall", "unimportant"): said with a vowel. */
    private static final java.util.regex.Pattern UN_PREFIX = java.util.regex.Pattern.compile("un(in|im|id)");
    /** Words spelled with a consonant but said with a vowel ("an hour", "an honest answer"). */
    private static final Set<String> VOWEL_SOUND = Set.of("hour", "honest", "honor", "honour", "heir");
    /** Letters whose names start with a vowel sound, for acronyms ("an SMS", "an FAQ", "a CRM"). */
    private static final String VOWEL_LETTER_NAMES = "AEFHILMNORSX";

    private Agreement() {
    }

    /** "a" or "an" for the word that follows. */
    static String indefinite(String next) {
        if (next == null || next.isEmpty()) {
            return "a";
        }
        String word = next.replaceAll("^[\"'“‘(]+", "");
        if (word.isEmpty()) {
            return "a";
        }
        if (isAcronym(word)) {
            return VOWEL_LETTER_NAMES.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }
        if (Character.isDigit(word.charAt(0))) {
            return word.startsWith("8") || word.startsWith("11") || word.startsWith("18") ? "an" : "a";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : VOWEL_SOUND) {
            if (lower.startsWith(prefix)) {
                return "an";
            }
        }
        if (UN_PREFIX.matcher(lower).lookingAt()) {
            return "an"; // "an uninstall", "an unimportant detail", "an unidentified caller": the prefix un-
        }
        for (String prefix : CONSONANT_SOUND) {
            if (lower.startsWith(prefix)) {
                return "a";
            }
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Picks the form that agrees with a subject of that number: {@code verb(plural, "is", "are")}. */
    static String verb(boolean plural, String singular, String pluralForm) {
        return plural ? pluralForm : singular;
    }

    /** "it" or "them". */
    static String object(boolean plural) {
        return plural ? "them" : "it";
    }

    /** "its" or "their". */
    static String possessive(boolean plural) {
        return plural ? "their" : "its";
    }

    private static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && word.chars().noneMatch(Character::isLowerCase);
    }
}
