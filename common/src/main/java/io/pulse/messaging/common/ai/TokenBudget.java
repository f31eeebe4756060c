package io.pulse.messaging.common.ai;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Token estimates without a tokenizer: about four characters of English per token for BPE vocabularies, fewer for
 * other scripts, so the estimate counts three characters per token (over-estimating keeps a call within the model's
 * context) and each non-ASCII character as one token.
 */
public final class TokenBudget {

    private TokenBudget() {
    }

    public static int estimate(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int ascii = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 128) {
                ascii++;
            } else {
                other++;
            }
        }
        return (ascii + 2) / 3 + other;
    }

    /**
     * How many items, taken from the end of {@code items} (the latest, in a chronological list), fit in
     * {@code budget} tokens; at least 0.
     */
    public static <T> int latestThatFit(List<T> items, ToIntFunction<T> tokens, int budget) {
        int used = 0;
        int count = 0;
        for (int i = items.size() - 1; i >= 0; i--) {
            used += tokens.applyAsInt(items.get(i));
            if (used > budget) {
                break;
            }
            count++;
        }
        return count;
    }
}
