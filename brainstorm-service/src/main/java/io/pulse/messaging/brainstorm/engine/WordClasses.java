package io.pulse.messaging.brainstorm.engine;

import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ADJECTIVES;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ADVERBS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.DETERMINERS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ING_NOUNS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.NOUN_EXCEPTIONS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.NUMBERS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ORDINALS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.PEOPLE;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.VERBS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coarse word classes {@link NounPhrases} chunks with, from closed word lists and suffixes: determiner, number,
 * ordinal, adjective, adverb, verb, noun (known or with a noun's ending), open (a content word the lists cannot
 * place) and other function words. Also decides the case a word is shown in: a text's first word is lower-cased
 * unless it is a name ("Microsoft Japan", "HubSpot", "CRM").
 */
final class WordClasses {

    enum Kind { DET, NUM, ORD, ADJ, ADV, VERB, NOUN, OPEN, BREAK }

    /** A word as shown (case kept for names), lower-cased, its class, and whether it is a name. */
    record Word(String text, String lower, Kind kind, boolean name) {

        boolean nounLike() {
            return kind == Kind.NOUN || kind == Kind.OPEN;
        }
    }

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    private static final Pattern NOUN_ENDING = Pattern.compile("(tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ure|age|ery|dom|hood)s?$");
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(ful|ous|ive|able|ible|less|ical|-style|-based|-free|-friendly|-only|-time)$");
    private static final Pattern VERB_ENDING = Pattern.compile("(ise|ize|ify|ate)$");
    private static final Set<String> STOPS = TextAnalysis.STOP_WORDS;
    /** After one of these a word of the verb list is a noun: "for refund requests", "with a text message". */
    private static final Set<String> PREPOSITIONS = Set.of("for", "with", "of", "in", "on", "at", "from", "by", "about",
            "into", "without", "via", "per", "over", "under", "between", "during", "after", "before");

    private WordClasses() {
    }

    /** The words of one fragment (a stretch of text without punctuation), classified. */
    static List<Word> classify(String fragment, boolean firstOfText) {
        List<String> raw = new ArrayList<>();
        for (String token : SPLIT.split(fragment)) {
            String trimmed = trim(token);
            if (!trimmed.isEmpty()) {
                raw.add(trimmed);
            }
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            String lower = text.toLowerCase(Locale.ROOT);
            Word last = words.isEmpty() ? null : words.get(words.size() - 1);
            Kind previous = last == null ? null : last.kind();
            boolean previousPlural = last != null && NounPhrases.plural(last.lower());
            String next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            boolean start = firstOfText && i == 0;
            boolean name = isName(text, start, next);
            Kind kind = name ? Kind.NOUN : kindOf(lower, previous, previousPlural, last != null && PREPOSITIONS.contains(last.lower()), next == null ? null : next.toLowerCase(Locale.ROOT), start);
            words.add(new Word(name ? text : lower, lower, kind, name));
        }
        return words;
    }

    /** A name keeps its capitals: a capitalised word inside a text, or a text's first word written like a name. */
    private static boolean isName(String text, boolean startOfText, String next) {
        if (!Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        boolean oddCapitals = text.length() > 1 && text.substring(1).chars().anyMatch(Character::isUpperCase);
        if (!startOfText || oddCapitals) {
            return !(text.length() == 1 || "I".equals(text));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean listed = DETERMINERS.contains(lower) || VERBS.contains(lower) || STOPS.contains(lower) || ADJECTIVES.contains(lower)
                || ADVERBS.contains(lower) || PEOPLE.contains(lower) || NUMBERS.contains(lower) || ORDINALS.contains(lower);
        return !listed && next != null && Character.isUpperCase(next.charAt(0)) && !DETERMINERS.contains(next.toLowerCase(Locale.ROOT));
    }

    private static Kind kindOf(String lower, Kind previous, boolean previousPlural, boolean afterPreposition, String next,
            boolean startOfText) {
        boolean afterModifier = previous == Kind.DET || previous == Kind.ADJ || previous == Kind.ORD || previous == Kind.NUM;
        if (DETERMINERS.contains(lower)) {
            return Kind.DET;
        }
        if (NUMBERS.contains(lower) || lower.chars().allMatch(Character::isDigit)) {
            return Kind.NUM;
        }
        if (ORDINALS.contains(lower)) {
            // "send a message first": an ordinal that no noun follows is an adverb.
            return next != null && !STOPS.contains(next) && !DETERMINERS.contains(next) ? Kind.ORD : Kind.ADV;
        }
        if (PEOPLE.contains(lower) || ING_NOUNS.contains(lower) || NOUN_EXCEPTIONS.contains(lower)) {
            return Kind.NOUN;
        }
        if (ADJECTIVES.contains(lower) || comparative(lower)) {
            return Kind.ADJ;
        }
        if (STOPS.contains(lower) || lower.length() < 2 || lower.contains("'") || lower.contains("’")) {
            return Kind.BREAK;
        }
        if (ADVERBS.contains(lower)) {
            return Kind.ADV;
        }
        if (VERBS.contains(lower)) {
            // "the call", "a video call" (a compound after a singular noun), "answer refund requests" (a verb's object),
            // but "agents call customers"
            boolean compound = (previous == Kind.NOUN || previous == Kind.OPEN) && !previousPlural && !lower.endsWith("s");
            return afterModifier || compound || afterPreposition || previous == Kind.VERB ? Kind.NOUN : Kind.VERB;
        }
        return open(lower, afterModifier, next, startOfText);
    }

    /** A word of none of the lists: classed by its ending and place, else left open (a noun unless context says not). */
    private static Kind open(String lower, boolean afterModifier, String next, boolean startOfText) {
        if (startOfText && (next == null || DETERMINERS.contains(next) || VERB_ENDING.matcher(lower).find())) {
            return Kind.VERB; // an imperative: "Streamline the ...", "Automate invoice reminders"
        }
        if (lower.endsWith("ing") && lower.length() > 5) {
            return afterModifier ? Kind.NOUN : Kind.VERB; // a gerund taking an object: "importing contacts"
        }
        if (lower.endsWith("ed") && !lower.endsWith("eed") && lower.length() > 4) {
            return afterModifier ? Kind.ADJ : Kind.VERB; // "the booked shifts", but "shifts booked online"
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            return Kind.ADV;
        }
        if (lower.length() > 5 && ADJECTIVE_ENDING.matcher(lower).find()) {
            return Kind.ADJ;
        }
        if (lower.length() > 4 && NOUN_ENDING.matcher(lower).find()) {
            return Kind.NOUN;
        }
        return Kind.OPEN;
    }

    /** "longer", "faster", "bigger": the comparative of a listed adjective. */
    private static boolean comparative(String lower) {
        if (!lower.endsWith("er") || lower.length() < 5) {
            return false;
        }
        String base = lower.substring(0, lower.length() - 2);
        boolean doubled = base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2);
        return ADJECTIVES.contains(base) || ADJECTIVES.contains(base + "e")
                || doubled && ADJECTIVES.contains(base.substring(0, base.length() - 1))
                || base.endsWith("i") && ADJECTIVES.contains(base.substring(0, base.length() - 1) + "y");
    }

    private static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && "-'’".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "-'’".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        String word = token.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
            return word.substring(0, word.length() - 2) + "'s";
        }
        return word;
    }
}
