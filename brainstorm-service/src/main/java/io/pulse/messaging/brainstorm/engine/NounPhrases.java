package io.pulse.messaging.brainstorm.engine;

import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.IRREGULAR_PLURALS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.KEPT_ARTICLES;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.PEOPLE;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.TIME_UNITS;
import static io.pulse.messaging.brainstorm.engine.NounPhraseLexicon.VERBS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.pulse.messaging.brainstorm.engine.WordClasses.Kind;
import io.pulse.messaging.brainstorm.engine.WordClasses.Word;

/**
 * A cautious rule-based noun phrase chunker for short English texts (a session topic, an idea), without a model. Each
 * word gets a coarse class ({@link WordClasses}); a noun phrase is an optional determiner followed by adjectives and
 * nouns that ends in a noun, and it is only returned when its edges are certain: it opens with a determiner, or after
 * a function word or a verb, and a function word, a verb, punctuation or the end of the text follows it. A plural
 * noun naming people ends a phrase ("agents" in "let agents call customers": what follows is their verb). Phrases
 * about a span of time ("the first five minutes") and names alone ("Microsoft Japan") are no things to act on. A
 * phrase is never cut: what cannot be chunked safely is left out, and the engine quotes the idea instead.
 */
public final class NounPhrases {

    /**
     * A noun phrase: its words (original case kept for names), the article to refer to it with ("the", "our", ... or
     * empty), whether its head noun is plural, whether it names people (users, customers, ...), its weight (1 a noun,
     * 0.5 an adjective) and the function word right before it ("in" for "in the mobile app"), or "".
     */
    public record NounPhrase(String text, String article, boolean plural, boolean people, double weight, String preposition) {

        /** The phrase as a template slot uses it: with its article when it has one ("the welcome email"). */
        public String ref() {
            return article.isEmpty() ? text : article + " " + text;
        }

        /** Picks the verb form that agrees with the phrase as a subject: {@code verb("is", "are")}. */
        public String verb(String singular, String pluralForm) {
            return Agreement.verb(plural, singular, pluralForm);
        }

        /** "it" or "them", for the phrase as an object. */
        public String pronoun() {
            return Agreement.object(plural);
        }
    }

    private static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?()\\[\\]{}\"“”/\\\\|&+]+|\\s[-–—]\\s");
    /** Endings of abstract (mass) nouns, which read well without an article: "retention", "engagement". */
    private static final Pattern ABSTRACT = Pattern.compile("(tion|sion|ment|ness|ity|ance|ence|ship|ism|ware|ing)$");
    private static final int MAX_WORDS = 4;
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "if", "because", "while", "until",
            "unless", "once", "whether", "since", "as", "after", "before");

    private NounPhrases() {
    }

    /** The noun phrases of one text that could be chunked safely, in order of appearance. */
    public static List<NounPhrase> of(String text) {
        List<NounPhrase> phrases = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return phrases;
        }
        boolean firstOfText = true;
        for (String fragment : PHRASE_BREAK.split(text)) {
            List<Word> words = WordClasses.classify(fragment, firstOfText);
            if (!words.isEmpty()) {
                firstOfText = false;
            }
            chunk(words, phrases);
        }
        return phrases;
    }

    /** Splits a fragment into runs [determiner] modifier* noun+ and keeps the runs whose edges are certain. */
    private static void chunk(List<Word> words, List<NounPhrase> out) {
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            boolean opens = word.kind() == Kind.DET || inPhrase(word.kind());
            if (!opens) {
                i++;
                continue;
            }
            int start = i;
            int end = word.kind() == Kind.DET ? i + 1 : i;
            while (end < words.size() && inPhrase(words.get(end).kind()) && !endsAtPeople(words, end, start)
                    && !(end > start && modifierAfterNoun(words.get(end - 1), words.get(end)))) {
                end++;
            }
            if (end < words.size() && endsAtPeople(words, end, start)) {
                end++;
            }
            Word before = start == 0 ? null : words.get(start - 1);
            Word after = end < words.size() ? words.get(end) : null;
            Word beforeBefore = start < 2 ? null : words.get(start - 2);
            end = clauseVerb(words, start, end, before);
            after = end < words.size() ? words.get(end) : null;
            if (end > start && safeEdges(beforeBefore, before, words.get(start), after)) {
                NounPhrase phrase = phrase(words.subList(start, end), before);
                if (phrase != null) {
                    out.add(phrase);
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * After "when", "if", "because"... a clause follows: in "when the session expires" the last word is its verb, so
     * the phrase ends before it (a plural noun right after a singular one, at the end of the clause's subject).
     */
    private static int clauseVerb(List<Word> words, int start, int end, Word before) {
        boolean clause = before != null && SUBORDINATORS.contains(before.lower());
        if (clause && end - start >= 2 && words.get(end - 1).kind() == Kind.OPEN && plural(words.get(end - 1).lower())
                && !plural(words.get(end - 2).lower())) {
            return end - 1;
        }
        return end;
    }

    /** "the time new employees": a modifier after a noun starts another phrase, so the run is no single phrase. */
    private static boolean modifierAfterNoun(Word previous, Word word) {
        return previous.nounLike() && (word.kind() == Kind.ADJ || word.kind() == Kind.NUM || word.kind() == Kind.ORD);
    }

    private static boolean inPhrase(Kind kind) {
        return kind == Kind.NUM || kind == Kind.ORD || kind == Kind.ADJ || kind == Kind.NOUN || kind == Kind.OPEN;
    }

    /** A plural people noun ends the phrase when more nouns follow: "agents call customers" is a clause. */
    private static boolean endsAtPeople(List<Word> words, int index, int start) {
        Word word = words.get(index);
        boolean pluralPeople = PEOPLE.contains(word.lower()) && plural(word.lower());
        return pluralPeople && index > start - 1 && index + 1 < words.size() && words.get(index + 1).nounLike()
                && !PEOPLE.contains(words.get(index + 1).lower());
    }

    private static boolean safeEdges(Word beforeBefore, Word before, Word first, Word after) {
        boolean openEdge = first.kind() == Kind.DET || before == null && first.kind() != Kind.OPEN
                || before != null && (before.kind() == Kind.BREAK || before.kind() == Kind.VERB || before.kind() == Kind.ADV);
        // "the help center": a determiner before a function word means the list mistook a noun for that word.
        boolean brokenPhrase = before != null && before.kind() == Kind.BREAK && beforeBefore != null && beforeBefore.kind() == Kind.DET;
        // An adjective after a noun is no part of its phrase: "make the mobile app delightful".
        boolean closeEdge = after == null || after.kind() == Kind.BREAK || after.kind() == Kind.VERB || after.kind() == Kind.ADV
                || after.kind() == Kind.DET || after.kind() == Kind.ADJ;
        boolean possessive = before != null && before.lower().endsWith("'s");
        return openEdge && closeEdge && !possessive && !brokenPhrase;
    }

    /** The phrase a run stands for, or null when it is no thing: a time span, a bare name, too long, no noun at the end. */
    private static NounPhrase phrase(List<Word> run, Word before) {
        String determiner = run.get(0).kind() == Kind.DET ? run.get(0).lower() : "";
        List<Word> body = determiner.isEmpty() ? run : run.subList(1, run.size());
        if (body.isEmpty()) {
            return null;
        }
        boolean digits = body.get(0).lower().chars().allMatch(Character::isDigit);
        if (body.size() == 2 && body.get(0).kind() == Kind.NUM && (digits || plural(body.get(1).lower()))) {
            return null; // "20 euros", "two kilometres": a quantity, not a thing
        }
        if (determiner.isEmpty() && body.stream().allMatch(word -> VERBS.contains(word.lower()))) {
            return null; // "with sign in": a verb of the list read as a noun, with no determiner to confirm it
        }
        List<Word> kept = new ArrayList<>();
        for (Word word : body) {
            if (word.kind() != Kind.ORD && !(kept.isEmpty() && word.kind() == Kind.NUM)) {
                kept.add(word); // "the first push notification", "three short tooltips": the order and count are not the thing
            }
        }
        if (kept.isEmpty() || kept.size() > MAX_WORDS || kept.stream().anyMatch(word -> word.kind() == Kind.NUM)) {
            return null;
        }
        Word head = kept.get(kept.size() - 1);
        if (!head.nounLike() || TIME_UNITS.contains(head.lower()) || head.name()
                || kept.get(0).kind() == Kind.ADJ && kept.get(0).name()) {
            return null;
        }
        if (kept.stream().noneMatch(word -> TextAnalysis.isContent(word.lower()) || PEOPLE.contains(word.lower()))) {
            return null;
        }
        boolean plural = plural(head.lower());
        boolean people = PEOPLE.contains(head.lower());
        String article = article(determiner, kept, plural);
        double weight = kept.stream().mapToDouble(word -> word.kind() == Kind.ADJ ? 0.5 : 1.0).sum();
        String text = String.join(" ", kept.stream().map(Word::text).toList());
        return new NounPhrase(text, article, plural, people, weight, before == null ? "" : before.lower());
    }

    /** "the" for a singular count noun, none for plurals, mass nouns and names; "our"/"the" as written. */
    private static String article(String determiner, List<Word> kept, boolean plural) {
        if (KEPT_ARTICLES.contains(determiner)) {
            return determiner.equals("the") || determiner.equals("our") ? determiner : "the";
        }
        if (!determiner.isEmpty() && !determiner.equals("some") && !determiner.equals("all") && !determiner.equals("no")
                && !determiner.equals("any") && !(plural && determiner.equals("both"))) {
            return "the";
        }
        Word head = kept.get(kept.size() - 1);
        if (plural || kept.get(0).name() || ABSTRACT.matcher(head.lower()).find()) {
            return "";
        }
        return "the";
    }

    static boolean plural(String lower) {
        return IRREGULAR_PLURALS.contains(lower) || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && lower.length() > 3;
    }
}
