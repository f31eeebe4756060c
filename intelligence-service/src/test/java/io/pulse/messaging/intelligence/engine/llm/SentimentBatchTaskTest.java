package io.pulse.messaging.intelligence.engine.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.intelligence.engine.SentimentLabel;

class SentimentBatchTaskTest {

    @Test
    void theFirstTextsThatFitAreJudgedAndTheOthersLeftToTheLocalEngine() throws ModelFailure {
        SentimentBatchTask task = new SentimentBatchTask(List.of("Thanks, that works!", "Oh great, it broke again.",
                "The meeting is at noon."), 2 * SentimentBatchTask.OUTPUT_TOKENS_PER_TEXT);
        Prompt prompt = task.prompt(6000);
        assertTrue(prompt.data().contains("\"t2\"") && !prompt.data().contains("\"t3\""), prompt.data());
        Drops drops = Drops.uncounted();
        List<ModelSentiment> result = task.accept("""
                {"results": [
                  {"id": "t1", "label": "positive", "score": 0.7, "reason": "thanks"},
                  {"id": "t2", "label": "negative", "score": -0.6, "reason": "sarcasm"},
                  {"id": "t3", "label": "neutral", "score": 0.0, "reason": "not sent"},
                  {"id": "t2", "label": "positive", "score": 0.6, "reason": "again"}
                ]}""", drops);
        assertEquals(SentimentLabel.NEGATIVE, result.get(1).label());
        assertEquals("sarcasm", result.get(1).reason());
        assertNull(result.get(2));
        assertEquals(2, drops.count());
    }

    @Test
    void theScoreMustAgreeWithTheLabel() {
        assertTrue(SentimentCheck.agrees(SentimentLabel.POSITIVE, 0.01));
        assertFalse(SentimentCheck.agrees(SentimentLabel.POSITIVE, 0));
        assertFalse(SentimentCheck.agrees(SentimentLabel.NEGATIVE, 0.2));
        assertTrue(SentimentCheck.agrees(SentimentLabel.NEUTRAL, -0.3));
        assertFalse(SentimentCheck.agrees(SentimentLabel.NEUTRAL, 0.31));
        assertTrue(SentimentCheck.agrees(SentimentLabel.MIXED, -0.9));
        Drops drops = Drops.uncounted();
        assertNull(SentimentCheck.check("positive", 0.5, "x".repeat(SentimentCheck.REASON_CHARS + 1), drops));
        assertNull(SentimentCheck.check("positive", Double.NaN, null, drops));
        assertEquals(0.5, SentimentCheck.check(" Positive ", 0.5, "  a\u0000 reason\n", drops).score());
        assertEquals("a reason", SentimentCheck.check("positive", 0.5, "  a\u0000 reason\n", drops).reason());
        assertEquals(2, drops.count());
    }
}
