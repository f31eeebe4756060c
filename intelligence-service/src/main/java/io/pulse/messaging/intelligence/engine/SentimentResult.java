package io.pulse.messaging.intelligence.engine;

import java.util.List;

/**
 * The sentiment of one text.
 *
 * @param label      positive / neutral / negative / mixed
 * @param score      the compound score in [-1, 1]
 * @param confidence how sure the label is, in [0, 1] (more and stronger evidence, higher)
 * @param positive   share of the text's sentiment mass that is positive, in [0, 1]
 * @param negative   share that is negative
 * @param neutral    share that is neutral
 * @param signals    what drove the score, strongest first
 */
public record SentimentResult(SentimentLabel label, double score, double confidence, double positive, double negative,
        double neutral, List<SentimentSignal> signals) {
}
