package io.pulse.messaging.intelligence.engine;

/** One participant's metrics. Shares are of the conversation's messages and words; the median response time is how long they took to answer someone else (null when they never did). */
public record ParticipantInsight(String id, String name, int messages, int words, double messageShare, double wordShare, int questions, Long medianResponseSeconds, double engagementScore) {
}
