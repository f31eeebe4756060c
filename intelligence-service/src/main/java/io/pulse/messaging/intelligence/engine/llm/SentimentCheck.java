package io.pulse.messaging.intelligence.engine.llm;

import java.util.Locale;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelText;
import io.pulse.messaging.intelligence.engine.SentimentLabel;

/**
 * Validates one sentiment the model gave: a label of {@link SentimentLabel}, a score in [-1, 1] that agrees with the
 * label (above 0 for positive, below 0 for negative, within {@value #NEUTRAL_BAND} of 0 for neutral, anything for
 * mixed), and a reason of at most {@value #REASON_CHARS} characters. Anything else is dropped, counted by kind.
 */
final class SentimentCheck {

    static final double NEUTRAL_BAND = 0.3;
    static final int REASON_CHARS = 80;

    /** What the prompts ask of a sentiment, in the terms this check enforces. */
    static final String RULES = """
            - "label": what the writer feels: "positive", "neutral", "negative" or "mixed" (clearly positive and clearly \
            negative parts together). Judge what the writer means, not the words alone: sarcasm and irony mean the \
            opposite of their words, a polite complaint is negative, a plain question or statement of fact is neutral, \
            and a message in another language is judged in that language.
            - "score": a number from -1 (very negative) to 1 (very positive) that agrees with the label: above 0 for \
            positive, below 0 for negative, between -0.3 and 0.3 for neutral.
            - "reason": why, in at most six words, for example "sarcasm", "complaint about a delay", "thanks", \
            "non-English, neutral request".
            """;

    private SentimentCheck() {
    }

    /** The sentiment, or null (dropped and counted) when it breaks a rule. */
    static ModelSentiment check(String label, Double score, String reason, Drops drops) {
        SentimentLabel parsed = label(label);
        if (parsed == null) {
            drops.drop("invalid-label");
            return null;
        }
        if (score == null || score.isNaN() || score < -1 || score > 1) {
            drops.drop("score-out-of-range");
            return null;
        }
        if (!agrees(parsed, score)) {
            drops.drop("score-contradicts-label");
            return null;
        }
        String text = ModelText.tidyOrNull(reason);
        if (text != null && text.length() > REASON_CHARS) {
            drops.drop("reason-too-long");
            return null;
        }
        return new ModelSentiment(parsed, ModelSentiment.round(score), text);
    }

    static boolean agrees(SentimentLabel label, double score) {
        return switch (label) {
            case POSITIVE -> score > 0;
            case NEGATIVE -> score < 0;
            case NEUTRAL -> Math.abs(score) <= NEUTRAL_BAND;
            case MIXED -> true;
        };
    }

    private static SentimentLabel label(String label) {
        if (label == null) {
            return null;
        }
        for (SentimentLabel l : SentimentLabel.values()) {
            if (l.wire().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }
}
