package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps local suggestions new: a candidate's own words (what it says outside the idea it quotes) must not repeat an
 * existing idea, and must differ enough from the suggestions already chosen. A technique is used once before any is
 * used twice (the engine walks them in turn), and the same sentence is never offered twice.
 */
final class Novelty {

    /** Above this content-word overlap of its own words with an existing idea a candidate counts as already there. */
    static final double MAX_OVERLAP_WITH_IDEAS = 0.5;
    /** Above this overlap with an earlier suggestion (quotes counted as the idea they name) a candidate is a near-duplicate. */
    private static final double MAX_OVERLAP_WITH_SUGGESTIONS = 0.6;

    private final List<Set<String>> ideas;
    private final List<String> ideaTexts;
    private final List<Set<String>> chosen = new ArrayList<>();

    Novelty(List<String> ideaTexts) {
        this.ideaTexts = ideaTexts;
        this.ideas = ideaTexts.stream().map(TextAnalysis::contentStems).toList();
    }

    /** Whether the candidate is new; if so it is remembered, so that later candidates differ from it too. */
    boolean accept(String text) {
        if (ideaTexts.stream().anyMatch(idea -> idea.strip().equalsIgnoreCase(text))) {
            return false;
        }
        Set<String> own = TextAnalysis.contentStems(withoutQuotes(text, ""));
        if (ideas.stream().anyMatch(idea -> TextAnalysis.overlap(own, idea) >= MAX_OVERLAP_WITH_IDEAS)) {
            return false;
        }
        Set<String> compared = TextAnalysis.contentStems(withoutQuotes(text, " quoted" + Integer.toHexString(quotedHash(text)) + " "));
        if (chosen.stream().anyMatch(other -> TextAnalysis.overlap(compared, other) >= MAX_OVERLAP_WITH_SUGGESTIONS)) {
            return false;
        }
        chosen.add(compared);
        return true;
    }

    private static String withoutQuotes(String text, String replacement) {
        return text.replaceAll("\"[^\"]*\"", replacement);
    }

    private static int quotedHash(String text) {
        int hash = 0;
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(text);
        while (matcher.find()) {
            hash = 31 * hash + matcher.group(1).hashCode();
        }
        return hash;
    }
}
