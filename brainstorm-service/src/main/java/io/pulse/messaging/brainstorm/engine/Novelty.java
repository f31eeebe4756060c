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
    /**
     * Above this overlap with an earlier suggestion of the same technique (quotes counted as the idea they name) a
     * candidate is a near-duplicate ("use A in place of B", "use B in place of A"); of another technique, above the
     * second (two techniques on one long phrase share its words, and still say different things).
     */
    private static final double MAX_OVERLAP_SAME_TECHNIQUE = 0.6;
    private static final double MAX_OVERLAP_OTHER_TECHNIQUE = 0.85;

    private record Said(Set<String> stems, String technique) {
    }

    private final List<Set<String>> ideas;
    private final List<String> ideaTexts;
    private final List<Said> chosen = new ArrayList<>();

    Novelty(List<String> ideaTexts) {
        this.ideaTexts = ideaTexts;
        this.ideas = ideaTexts.stream().map(TextAnalysis::contentStems).toList();
    }

    /** Whether the candidate is new; if so it is remembered, so that later candidates differ from it too. */
    boolean accept(String text, String technique) {
        if (ideaTexts.stream().anyMatch(idea -> idea.strip().equalsIgnoreCase(text))) {
            return false;
        }
        Set<String> own = TextAnalysis.contentStems(withoutQuotes(text, ""));
        if (ideas.stream().anyMatch(idea -> TextAnalysis.overlap(own, idea) >= MAX_OVERLAP_WITH_IDEAS)) {
            return false;
        }
        Set<String> compared = TextAnalysis.contentStems(withoutQuotes(text, " quoted" + Integer.toHexString(quotedHash(text)) + " "));
        boolean nearDuplicate = chosen.stream().anyMatch(other -> TextAnalysis.overlap(compared, other.stems())
                >= (other.technique().equals(technique) ? MAX_OVERLAP_SAME_TECHNIQUE : MAX_OVERLAP_OTHER_TECHNIQUE));
        if (nearDuplicate) {
            return false;
        }
        chosen.add(new Said(compared, technique));
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
