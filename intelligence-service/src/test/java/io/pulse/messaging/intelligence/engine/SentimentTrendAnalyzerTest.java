package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sentiment trend over hand-made scores: the window, the halves, the threshold, too little evidence. */
class SentimentTrendAnalyzerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private final SentimentTrendAnalyzer analyzer = new SentimentTrendAnalyzer(Duration.ofDays(7), 0.2);

    /** One message per {@code gap} with these scores, oldest first. */
    private static List<MessageFacts> scores(Duration gap, double... scores) {
        List<MessageFacts> messages = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            messages.add(new MessageFacts("m" + i, "ann", "Ann", T0.plus(gap.multipliedBy(i)), null,
                    scores[i] < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE, scores[i], 0.9, List.of(), 5, false, false,
                    false, false, "text"));
        }
        return messages;
    }

    @Test
    void theLaterHalfAgainstTheEarlierHalfGivesTheDirection() {
        SentimentTrend declining = analyzer.analyze(scores(Duration.ofHours(1), 0.6, 0.4, 0.5, -0.2, -0.6, -0.7));
        assertEquals(SentimentDirection.DECLINING, declining.direction());
        assertEquals(-1.0, declining.delta(), 1e-9);
        assertEquals(6, declining.messages());

        SentimentTrend improving = analyzer.analyze(scores(Duration.ofHours(1), -0.8, -0.4, 0.3, 0.7));
        assertEquals(SentimentDirection.IMPROVING, improving.direction());
        assertEquals(1.1, improving.delta(), 1e-9);

        assertEquals(SentimentDirection.STABLE, analyzer.analyze(scores(Duration.ofHours(1), 0.3, 0.2, 0.25, 0.1, 0.2)).direction());
    }

    @Test
    void onlyTheWindowBeforeTheLastMessageCounts() {
        // a day apart: with a 7-day window, the first four (very negative) messages are out of it
        SentimentTrend trend = analyzer.analyze(scores(Duration.ofDays(1), -0.9, -0.9, -0.9, -0.9, 0.5, 0.5, 0.4, 0.5, 0.6, 0.4, 0.5));
        assertEquals(SentimentDirection.STABLE, trend.direction());
        assertEquals(7, trend.messages());
    }

    @Test
    void fewerThanFourMessagesInTheWindowAreNotEnough() {
        assertEquals(SentimentTrend.insufficient(0), analyzer.analyze(List.of()));
        SentimentTrend three = analyzer.analyze(scores(Duration.ofMinutes(5), 0.9, -0.9, -0.9));
        assertEquals(SentimentDirection.INSUFFICIENT_DATA, three.direction());
        assertEquals(0, three.delta());
        assertEquals(SentimentDirection.INSUFFICIENT_DATA,
                analyzer.analyze(scores(Duration.ofDays(5), 0.9, 0.9, -0.9, -0.9)).direction());
    }
}
