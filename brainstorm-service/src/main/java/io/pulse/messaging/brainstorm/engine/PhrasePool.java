package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.pulse.messaging.brainstorm.engine.NounPhrases.NounPhrase;

/**
 * The session's noun phrases for {@link LocalSuggestionEngine}: things (to act on), the topic's own things (for the
 * focus slot) and the audience (the people the topic is about). A phrase's score grows with its length in nouns, with
 * the number of texts that use all its words, and when the topic names it; phrases that repeat the words of a better
 * one are dropped.
 */
record PhrasePool(List<Candidate> things, List<Candidate> topicThings, Candidate audience) {

    /** Function words that introduce where things happen: the noun phrase after one is the topic's setting. */
    private static final Set<String> SETTING = Set.of("in", "at", "on", "for", "within", "inside", "across", "around", "throughout");

    /** With this many things named by the ideas, suggestions act on them rather than on the topic's own things. */
    private static final int MIN_IDEA_THINGS = 3;

    /** The score bonus of a phrase the topic names. */
    private static final double TOPIC_BONUS = 3.0;

    /** A noun phrase of the session, where it first appeared and how strongly it stands for the session. */
    record Candidate(NounPhrase phrase, Set<String> stems, String origin, double score) {
    }

    static PhrasePool of(String topic, List<String> ideaTexts) {
        List<Candidate> things = new ArrayList<>();
        List<Candidate> topicThings = new ArrayList<>();
        Candidate audience = null;
        List<Set<String>> kept = new ArrayList<>();
        for (Candidate candidate : ranked(topic, ideaTexts)) {
            if (candidate.phrase().people()) {
                if (audience == null || "ideas".equals(audience.origin()) && "topic".equals(candidate.origin())) {
                    audience = candidate;
                }
                continue;
            }
            if (candidate.stems().isEmpty() || kept.stream().anyMatch(other -> other.containsAll(candidate.stems()))) {
                continue;
            }
            kept.add(candidate.stems());
            things.add(candidate);
            if ("topic".equals(candidate.origin())) {
                topicThings.add(candidate);
            }
        }
        // The topic's setting ("in the mobile app", "at the emergency department") is what the session improves:
        // it comes first as the focus, and when the ideas name enough things of their own, suggestions act on
        // those and keep the topic's things for the focus slot.
        topicThings.sort(Comparator.comparing(candidate -> !SETTING.contains(candidate.phrase().preposition())));
        long ideaThings = things.stream().filter(candidate -> "ideas".equals(candidate.origin())).count();
        if (ideaThings >= MIN_IDEA_THINGS) {
            things.removeIf(candidate -> "topic".equals(candidate.origin()));
        }
        return new PhrasePool(things, topicThings, audience);
    }

    /** Every noun phrase of the topic and the ideas, best first (a stable sort: the first seen wins ties). */
    private static List<Candidate> ranked(String topic, List<String> ideaTexts) {
        List<Set<String>> allTexts = new ArrayList<>();
        allTexts.add(TextAnalysis.contentStems(topic));
        ideaTexts.forEach(text -> allTexts.add(TextAnalysis.contentStems(text)));
        List<Candidate> raw = new ArrayList<>();
        NounPhrases.of(topic).forEach(phrase -> raw.add(candidate(phrase, "topic", allTexts, TOPIC_BONUS)));
        for (String text : ideaTexts) {
            NounPhrases.of(text).forEach(phrase -> raw.add(candidate(phrase, "ideas", allTexts, 0.0)));
        }
        raw.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return raw;
    }

    private static Candidate candidate(NounPhrase phrase, String origin, List<Set<String>> texts, double bonus) {
        Set<String> stems = TextAnalysis.contentStems(phrase.text());
        long uses = texts.stream().filter(text -> !stems.isEmpty() && text.containsAll(stems)).count();
        double score = 1.5 * Math.min(phrase.weight(), 3.0) + Math.max(0, uses - 1) + bonus;
        return new Candidate(phrase, stems, origin, score);
    }

    /** What the topic is mainly about (its setting first); null when the topic names no thing. */
    Candidate focus() {
        return topicThings.isEmpty() ? null : topicThings.get(0);
    }

    /** What the topic is mainly about (its setting first), unless a suggestion already acts on it; null then. */
    Candidate focus(Candidate a, Candidate b) {
        if (topicThings.isEmpty()) {
            return null;
        }
        Candidate focus = topicThings.get(0);
        boolean used = a != null && focus.stems().stream().anyMatch(a.stems()::contains)
                || b != null && focus.stems().stream().anyMatch(b.stems()::contains);
        return used ? null : focus;
    }
}
