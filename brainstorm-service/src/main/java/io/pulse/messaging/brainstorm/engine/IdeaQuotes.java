package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;

/**
 * The ideas a suggestion can quote as a whole, so that it names the idea it builds on without cutting it into
 * pieces: an idea of one sentence and at most {@value #MAX_WORDS} words, without its closing full stop, double quotes
 * made single. Ideas of the current step come first, the latest first: those are what the group is working on.
 */
final class IdeaQuotes {

    static final int MAX_WORDS = 14;

    /** A quotable idea: its id (null if not stored), its words as quoted, and its content stems. */
    record Quote(UUID id, String text, Set<String> stems) {
    }

    private IdeaQuotes() {
    }

    static List<Quote> of(List<ExistingIdea> ideas, String step) {
        List<Quote> inStep = new ArrayList<>();
        List<Quote> others = new ArrayList<>();
        for (int i = ideas.size() - 1; i >= 0; i--) {
            ExistingIdea idea = ideas.get(i);
            String text = quotable(idea.text());
            if (text != null) {
                Quote quote = new Quote(idea.id(), text, TextAnalysis.contentStems(text));
                (step.equals(idea.step()) ? inStep : others).add(quote);
            }
        }
        List<Quote> quotes = new ArrayList<>(inStep);
        quotes.addAll(others);
        return quotes;
    }

    /** The idea's words as a quote, or null when it is too long, several sentences, or no words at all. */
    static String quotable(String text) {
        if (text == null) {
            return null;
        }
        String quote = text.strip().replaceAll("\\s+", " ").replace('"', '\'').replace('“', '\'').replace('”', '\'');
        while (quote.endsWith(".") && !quote.endsWith("..")) {
            quote = quote.substring(0, quote.length() - 1).strip();
        }
        int words = quote.isEmpty() ? 0 : quote.split(" ").length;
        boolean severalSentences = quote.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
        if (words < 2 || words > MAX_WORDS || severalSentences || quote.endsWith("..") || quote.endsWith(":")
                || quote.endsWith(",") || quote.endsWith(";")) {
            return null;
        }
        return quote;
    }
}
