package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SentimentSeries", description = "A conversation's sentiment history aggregated by hour or day (UTC); empty buckets are left out.",
        example = Examples.SENTIMENT_SERIES)
public record SentimentSeriesView(UUID conversationId, @Schema(enumeration = {"hour", "day"}) String bucket, OffsetDateTime from,
        OffsetDateTime to, List<Point> points) {

    @Schema(name = "SentimentPoint")
    public record Point(OffsetDateTime start, long messages, double averageScore, double minScore, double maxScore,
            long positive, long neutral, long negative, long mixed) {
    }
}
