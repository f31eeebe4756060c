package io.pulse.messaging.intelligence.engine;

import java.util.List;

/**
 * The sentiment of one text.
 *
 * @param label      positive / neutral / negative / mixed
 * @param score      the compound score in [-1, 1]
 * @param confidence how sure the label is, in [0, 1] (more and stronger evidence, higher; low for a language the
 *                   engine cannot read)
 * @param positive   share of the text's sentiment mass that is positive, in [0, 1] (the learned layer's
 *                   probability of positive when it scored the text)
 * @param negative   share that is negative
 * @param neutral    share that is neutral
 * @param signals    what drove the score, strongest first (lexicon words and rules, the sarcasm, complaint and apology
 *                   cues, the learned layer's share as kind {@code learned}, a non-English language as kind
 *                   {@code language})
 * @param language   the text's language (ISO 639-1, "und" when nothing could be read), null when not detected
 */
public record SentimentResult(SentimentLabel label, double score, double confidence, double positive, double negative,
        double neutral, List<SentimentSignal> signals, String language) {

    /** A result whose language was not detected (the lexicon engine alone). */
    public SentimentResult(SentimentLabel label, double score, double confidence, double positive, double negative,
            double neutral, List<SentimentSignal> signals) {
        this(label, score, confidence, positive, negative, neutral, signals, null);
    }
}
