package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.Threads.last;
import static io.pulse.messaging.intelligence.engine.Threads.withGaps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EngagementAnalyzerTest {

    private final EngagementAnalyzer analyzer = new EngagementAnalyzer();

    @Test
    void risingWhenMessagesComeMuchFasterThanEarlier() {
        List<MessageFacts> thread = withGaps(7200, 5400, 9000, 6000, 8000, 7000, 240, 180, 300, 200, 150);
        EngagementInsight insight = analyzer.analyze(thread, last(thread).plusSeconds(60));
        assertEquals(EngagementTrend.RISING, insight.trend(), insight.explanation());
        assertTrue(insight.trendStrength() > 1);
        assertTrue(insight.recentGapSeconds() < insight.baselineGapSeconds());
    }

    @Test
    void decliningWhenMessagesSlowDownAgainstTheConversationsRhythm() {
        List<MessageFacts> thread = withGaps(120, 90, 150, 100, 130, 110, 3600, 7200, 5400);
        EngagementInsight insight = analyzer.analyze(thread, last(thread).plusSeconds(600));
        assertEquals(EngagementTrend.DECLINING, insight.trend(), insight.explanation());
        assertTrue(insight.trendStrength() < -1);
    }

    @Test
    void stableWhenTheRhythmHoldsEvenIfItIsSlow() {
        // once a day, every day: a day's gap is this conversation's normal, not a decline
        long day = 86_400;
        List<MessageFacts> daily = withGaps(day, day + 3600, day - 1800, day + 600, day - 900, day + 1200, day, day - 600);
        EngagementInsight insight = analyzer.analyze(daily, last(daily).plusSeconds(3600));
        assertEquals(EngagementTrend.STABLE, insight.trend(), insight.explanation());
    }

    @Test
    void stableWithOrdinaryJitter() {
        List<MessageFacts> thread = withGaps(300, 420, 250, 500, 360, 280, 450, 310, 390, 330, 270, 410);
        EngagementInsight insight = analyzer.analyze(thread, last(thread).plusSeconds(200));
        assertEquals(EngagementTrend.STABLE, insight.trend(), insight.explanation());
    }

    @Test
    void silenceSinceTheLastMessageCountsAsSlowingDown() {
        List<MessageFacts> thread = withGaps(300, 420, 250, 500, 360, 280, 450, 310, 390);
        assertEquals(EngagementTrend.STABLE, analyzer.analyze(thread, last(thread).plusSeconds(300)).trend());
        assertEquals(EngagementTrend.DECLINING, analyzer.analyze(thread, last(thread).plusSeconds(3 * 86_400)).trend());
    }

    @Test
    void tooFewMessagesGiveInsufficientData() {
        List<MessageFacts> thread = withGaps(60, 60, 60);
        EngagementInsight insight = analyzer.analyze(thread, last(thread));
        assertEquals(EngagementTrend.INSUFFICIENT_DATA, insight.trend());
        assertNull(insight.baselineGapSeconds());
    }

    @Test
    void scoreIsBetweenZeroAndOneAndRewardsBalance() {
        List<MessageFacts> thread = withGaps(300, 420, 250, 500, 360, 280, 450);
        EngagementInsight insight = analyzer.analyze(thread, last(thread));
        assertTrue(insight.score() > 0 && insight.score() <= 1);
        assertTrue(EngagementAnalyzer.balance(thread) > 0.95, "two people alternating are balanced");
    }
}
