package io.pulse.messaging.intelligence.engine;

/** How engaged the conversation is (score in [0, 1]) and its trend, with the measurements behind it. */
public record EngagementInsight(double score, EngagementTrend trend, double trendStrength, Double baselineGapSeconds, Double recentGapSeconds, String explanation) {
}
