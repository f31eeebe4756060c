package io.pulse.messaging.brainstorm.engine;

import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ADJECTIVES;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ADVERBS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.DETERMINERS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ING_NOUNS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.IRREGULAR_PLURALS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.KEPT_ARTICLES;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.NOUN_EXCEPTIONS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.NUMBERS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.ORDINALS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.PEOPLE;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.TIME_UNITS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.VERBS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small rule-based noun phrase chunker for short English texts (a session topic, an idea), without a model: each
 * word gets a coarse class from closed word lists and suffixes (determiner, number, ordinal, adjective, adverb,
 * verb, noun, other function word), and a noun phrase is an optional determiner followed by adjectives and nouns
 * that ends in a noun. Trailing adjectives and adverbs are dropped ("the mobile app delightful" gives "the mobile
 * app"), as are phrases about a span of time ("the first five minutes") and lone proper names.
 */
public final class NounPhrases {

    /**
     * A noun phrase: its words (original case kept for proper names), the article to refer to it with ("the",
     * "our", ... or empty), whether its head noun is plural, whether it names people (users, customers, ...), its
     * weight (1 a noun, 0.5 an adjective) and the function word right before it ("in" for "in the mobile app"), or "".
     */
    public record NounPhrase(String text, String article, boolean plural, boolean people, double weight, String preposition) {

        /** The phrase as a template slot uses it: with its article when it has one ("the welcome email"). */
        public String ref() {
            return article.isEmpty() ? text : article + " " + text;
        }

        /** Picks the verb form that agrees with the phrase as a subject: {@code verb("is", "are")}. */
        public String verb(String singular, String pluralForm) {
            return plural ? pluralForm : singular;
        }

        /** "it" or "them", for the phrase as an object. */
        public String pronoun() {
            return plural ? "them" : "it";
        }
    }

    private enum Kind { DET, NUM, ORD, ADJ, ADV, VERB, NOUN, BREAK }

    private record Word(String text, String lower, Kind kind) {
    }

    private static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?()\\[\\]{}\"/\\\\|]+|\\s[-–—]\\s");
    /** Endings of abstract (mass) nouns, which read well without an article: "retention", "engagement". */
    private static final Pattern ABSTRACT = Pattern.compile("(tion|sion|ment|ness|ity|ance|ence|ship|ism)$");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    private static final Set<String> STOPS = TextAnalysis.STOP_WORDS;

    private NounPhrases() {
    }

    /** The noun phrases of one text, in order of appearance. */
    public static List<NounPhrase> of(String text) {
        List<NounPhrase> phrases = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return phrases;
        }
        boolean firstOfText = true;
        for (String fragment : PHRASE_BREAK.split(text)) {
            List<Word> words = classify(fragment, firstOfText);
            if (!words.isEmpty()) {
                firstOfText = false;
            }
            chunk(words, phrases);
        }
        return phrases;
    }

    private static List<Word> classify(String fragment, boolean firstOfText) {
        List<String> raw = new ArrayList<>();
        for (String token : SPLIT.split(fragment)) {
            String trimmed = trimDashes(token);
            if (!trimmed.isEmpty()) {
                raw.add(trimmed);
            }
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            String lower = text.toLowerCase(Locale.ROOT);
            Kind previous = words.isEmpty() ? null : words.get(words.size() - 1).kind();
            String next = i + 1 < raw.size() ? raw.get(i + 1).toLowerCase(Locale.ROOT) : null;
            Kind kind = kindOf(lower, previous, next, firstOfText && i == 0);
            // Keep the case of proper names ("Duolingo-style", "Google"), not of the word that starts the text.
            String shown = firstOfText && i == 0 || !Character.isUpperCase(text.charAt(0)) ? lower : text;
            words.add(new Word(shown, lower, kind));
        }
        return words;
    }

    private static Kind kindOf(String lower, Kind previous, String next, boolean startOfText) {
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
        if (ADJECTIVES.contains(lower)) {
            return Kind.ADJ;
        }
        if (STOPS.contains(lower) || lower.length() < 2) {
            return Kind.BREAK;
        }
        if (ADVERBS.contains(lower)) {
            return Kind.ADV;
        }
        if (VERBS.contains(lower)) {
            return afterModifier ? Kind.NOUN : Kind.VERB;
        }
        if (startOfText && next != null && DETERMINERS.contains(next)) {
            return Kind.VERB; // an imperative: "Streamline the ..."
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
        if (lower.length() > 5 && (lower.endsWith("ful") || lower.endsWith("ous") || lower.endsWith("ive")
                || lower.endsWith("able") || lower.endsWith("ible") || lower.endsWith("less") || lower.endsWith("ical")
                || lower.endsWith("-style") || lower.endsWith("-based") || lower.endsWith("-free"))) {
            return Kind.ADJ;
        }
        return Kind.NOUN;
    }

    private static void chunk(List<Word> words, List<NounPhrase> out) {
        String article = "";
        String preposition = "";
        String lastBreak = "";
        List<Word> current = new ArrayList<>();
        for (Word word : words) {
            switch (word.kind()) {
                case DET -> {
                    flush(current, article, preposition, out);
                    current = new ArrayList<>();
                    article = word.lower();
                    preposition = lastBreak;
                }
                case NUM, ORD, ADJ, NOUN -> {
                    if (current.isEmpty() && article.isEmpty()) {
                        preposition = lastBreak;
                    }
                    current.add(word);
                }
                default -> {
                    flush(current, article, preposition, out);
                    current = new ArrayList<>();
                    article = "";
                    preposition = "";
                }
            }
            lastBreak = word.kind() == Kind.BREAK ? word.lower() : "";
        }
        flush(current, article, preposition, out);
    }

    private static void flush(List<Word> words, String article, String preposition, List<NounPhrase> out) {
        int end = words.size();
        while (end > 0 && words.get(end - 1).kind() != Kind.NOUN) {
            end--; // "the mobile app delightful": a phrase ends in its head noun
        }
        int start = 0;
        while (start < end && words.get(start).kind() == Kind.NUM) {
            start++; // "three short tooltips": the count is not part of the thing
            while (start < end - 1 && TIME_UNITS.contains(words.get(start).lower())) {
                start++; // "a five minute video": nor is its length
            }
        }
        if (start >= end) {
            return;
        }
        // "the first push notification": an ordinal places a thing in a sequence, it is not part of what the thing is.
        List<Word> kept = words.subList(start, end).stream().filter(word -> word.kind() != Kind.ORD).toList();
        Word head = kept.get(kept.size() - 1);
        boolean timeSpan = TIME_UNITS.contains(head.lower());
        if (timeSpan) {
            return; // "the first five minutes", "the first week": when, not what
        }
        if (kept.size() == 1 && Character.isUpperCase(head.text().charAt(0))) {
            return; // a lone proper name ("Google") is no thing to act on
        }
        if (kept.stream().noneMatch(word -> TextAnalysis.isContent(word.lower()) || PEOPLE.contains(word.lower()))) {
            return;
        }
        boolean people = PEOPLE.contains(head.lower());
        boolean plural = IRREGULAR_PLURALS.contains(head.lower()) || head.lower().endsWith("s") && !head.lower().endsWith("ss")
                && !head.lower().endsWith("us") && !head.lower().endsWith("is") && head.lower().length() > 3;
        String shownArticle = article.isEmpty() ? "" : KEPT_ARTICLES.contains(article) ? article
                : article.equals("a") || article.equals("an") || article.equals("this") || article.equals("that")
                || article.equals("these") || article.equals("those") || article.equals("its") ? "the" : "";
        // A singular count noun needs an article in a sentence ("one message" -> "the message"); mass nouns in -ing
        // ("onboarding") and proper names do not.
        if (shownArticle.isEmpty() && !plural && !people && !head.lower().endsWith("ing") && !ABSTRACT.matcher(head.lower()).find()
                && !Character.isUpperCase(kept.get(0).text().charAt(0))) {
            shownArticle = "the";
        }
        double weight = 0;
        for (Word word : kept) {
            weight += word.kind() == Kind.NOUN ? 1.0 : 0.5;
        }
        String text = String.join(" ", kept.stream().map(Word::text).toList());
        out.add(new NounPhrase(text, shownArticle, plural, people, weight, preposition));
    }

    private static String trimDashes(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && (token.charAt(start) == '-' || token.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (token.charAt(end - 1) == '-' || token.charAt(end - 1) == '\'')) {
            end--;
        }
        if (end - start > 2 && token.substring(start, end).toLowerCase(Locale.ROOT).endsWith("'s")) {
            end -= 2;
        }
        return token.substring(start, end);
    }
}
