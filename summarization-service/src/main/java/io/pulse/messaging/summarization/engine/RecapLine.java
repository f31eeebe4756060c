package io.pulse.messaging.summarization.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentence of a conversation's recap that says what one of its highlights says, so that the day's digest
 * paragraph reports the highlight in the recap's words ("Lee's team will refund the full 349 EUR to Marta's card.")
 * instead of quoting it after its speaker's name. Any engine's recap will do: only its sentences are read.
 */
final class RecapLine {

    /** The share of the highlight's content terms a recap sentence must hold to stand for it. */
    static final double MIN_SHARED = 0.6;

    private RecapLine() {
    }

    /** The recap sentence holding most of the highlight's content terms (at least {@link #MIN_SHARED}), else null. */
    static String of(String recap, String highlight) {
        Set<String> wanted = new HashSet<>(Text.terms(highlight));
        if (recap == null || recap.isBlank() || wanted.isEmpty()) {
            return null;
        }
        String best = null;
        double bestShare = 0;
        for (String sentence : Text.sentences(recap)) {
            List<String> terms = Text.terms(sentence);
            double share = wanted.stream().filter(terms::contains).count() / (double) wanted.size();
            if (share > bestShare) {
                best = sentence;
                bestShare = share;
            }
        }
        return bestShare >= MIN_SHARED ? best : null;
    }
}
