package io.pulse.messaging.intelligence.engine.llm;

import java.util.List;
import java.util.Locale;

import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.SentimentSignal;

/**
 * A model's sentiment of one text, validated ({@link SentimentCheck}).
 *
 * @param reason why, in a few words; null when the model gave none
 */
public record ModelSentiment(SentimentLabel label, double score, String reason) {

    /**
     * How sure the label is. The model is not asked (self-reported certainty is poorly calibrated and costs output
     * tokens): a signed label is as sure as its score is strong, a neutral or mixed one gets the local engine's value for
     * a text with some sentiment on both sides.
     */
    public double confidence() {
        return switch (label) {
            case POSITIVE, NEGATIVE -> round(0.5 + 0.5 * Math.abs(score));
            default -> 0.6;
        };
    }

    /** The explanation as a signal: the reason, with the score on the lexicon's -4..4 scale. */
    public List<SentimentSignal> signals() {
        return reason == null ? List.of() : List.of(new SentimentSignal("model", reason.toLowerCase(Locale.ROOT), round(4 * score)));
    }

    /** {@code local}'s facts with this sentiment in place of the local engine's. */
    MessageFacts applyTo(MessageFacts local) {
        return new MessageFacts(local.id(), local.senderId(), local.senderName(), local.sentAt(), local.replyTo(), label, score,
                confidence(), signals(), local.words(), local.question(), local.request(), local.acknowledgement(),
                local.closing(), local.excerpt(), reason, local.hint());
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
