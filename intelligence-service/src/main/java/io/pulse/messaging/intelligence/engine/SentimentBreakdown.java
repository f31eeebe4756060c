package io.pulse.messaging.intelligence.engine;

import java.util.List;

/** Why the conversation got its sentiment: label counts, the messages and the signals that drove it. */
public record SentimentBreakdown(int positive, int neutral, int negative, int mixed, double recencyWeightedScore, List<SentimentDriver> drivers, List<SignalSummary> signals) {
}
