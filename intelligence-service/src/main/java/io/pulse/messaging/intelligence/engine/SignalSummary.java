package io.pulse.messaging.intelligence.engine;

/** A sentiment signal summed over the conversation's messages. */
public record SignalSummary(String kind, String text, double effect, int occurrences) {
}
