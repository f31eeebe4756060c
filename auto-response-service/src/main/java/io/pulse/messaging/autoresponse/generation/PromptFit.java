package io.pulse.messaging.autoresponse.generation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.common.ai.TokenBudget;

/**
 * Fits a prompt about one incoming message into the feature's input budget: whole when it fits, else with the
 * message cut at the end (the opening of a message states what it is about and what it asks) and the data saying so
 * ({@code "messageCut": true}); {@link FallbackReason#OVER_BUDGET} when even the rest of the prompt does not fit.
 */
final class PromptFit {

    /** Below this many tokens of the message the model has too little to answer it. */
    private static final int LEAST_MESSAGE_TOKENS = 40;

    private PromptFit() {
    }

    /**
     * @param data the prompt's data for a given message text (without the message cut marker)
     */
    static Prompt fit(String instructions, String message, Function<String, Map<String, Object>> data, int maxInputTokens)
            throws ModelFailure {
        Prompt whole = Prompt.of(instructions, data.apply(message));
        if (whole.estimatedTokens() <= maxInputTokens) {
            return whole;
        }
        int rest = Prompt.of(instructions, cut(data.apply(""))).estimatedTokens();
        int room = maxInputTokens - rest;
        if (room < LEAST_MESSAGE_TOKENS) {
            throw new ModelFailure(FallbackReason.OVER_BUDGET, "the prompt needs about " + rest + " tokens without the message, "
                    + "leaving too little of the budget of " + maxInputTokens + " for it");
        }
        String head = head(message, room);
        Prompt cut = Prompt.of(instructions, cut(data.apply(head)));
        if (cut.estimatedTokens() > maxInputTokens) {
            // JSON escaping made the message longer than estimated: shorten by the excess once more.
            cut = Prompt.of(instructions, cut(data.apply(head(head, room - (cut.estimatedTokens() - maxInputTokens) - 8))));
        }
        if (cut.estimatedTokens() > maxInputTokens) {
            throw new ModelFailure(FallbackReason.OVER_BUDGET, "the message does not fit the budget of " + maxInputTokens + " tokens");
        }
        return cut;
    }

    /** The longest start of {@code text} estimated at most {@code tokens}, with an ellipsis. */
    static String head(String text, int tokens) {
        if (tokens <= 0) {
            return "…";
        }
        int end = Math.min(text.length(), (int) ((long) text.length() * tokens / Math.max(1, TokenBudget.estimate(text))));
        while (end > 0 && TokenBudget.estimate(text.substring(0, end)) > tokens - 1) {
            end = end * 9 / 10;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static Map<String, Object> cut(Map<String, Object> data) {
        Map<String, Object> marked = new LinkedHashMap<>(data);
        marked.put("messageCut", true);
        return marked;
    }
}
