package io.pulse.messaging.common.ai;

/**
 * One feature's use of the model: the prompt, how an answer is read and validated against the input, and the local
 * engine's answer for when there is no usable one.
 */
public interface ModelTask<T> {

    /** The prompt; {@link FallbackReason#OVER_BUDGET} when the input cannot be made to fit. */
    Prompt prompt(int maxInputTokens) throws ModelFailure;

    /**
     * The answer, parsed ({@link ModelJson}) and validated against the input: items that fail are dropped through
     * {@code drops}; {@link FallbackReason#INVALID_OUTPUT} when the answer as a whole is unusable.
     */
    T accept(String answer, Drops drops) throws ModelFailure;

    /** The local engine's answer. */
    T local();
}
