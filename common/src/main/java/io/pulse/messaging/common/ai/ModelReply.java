package io.pulse.messaging.common.ai;

/**
 * What the model answered.
 *
 * @param text the answer's text (untrusted: parse it with {@link ModelJson} and validate it against the input)
 * @param inputTokens tokens the provider counted in, or an estimate when it did not say
 * @param outputTokens tokens the provider counted out, or an estimate
 */
public record ModelReply(String text, int inputTokens, int outputTokens) {
}
