package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void keyPhrasesAreContentWordRunsRankedByUse() {
        List<TextAnalysis.Phrase> phrases = TextAnalysis.keyPhrases(List.of(
                "Offer online booking for the yoga classes",
                "Yoga classes in the morning at a lower price",
                "A loyalty card for regular visitors"), 3, 10);
        assertEquals("yoga classes", phrases.stream().filter(p -> p.occurrences() == 2).findFirst().orElseThrow().text());
        assertTrue(phrases.stream().noneMatch(p -> p.text().contains(" the ") || p.text().startsWith("for")));
    }

    @Test
    void stemsMatchWordForms() {
        assertEquals(TextAnalysis.contentStems("notifications for messages"), TextAnalysis.contentStems("notification message"));
        assertEquals(1.0, TextAnalysis.overlap(TextAnalysis.contentStems("Cheaper classes"), TextAnalysis.contentStems("cheaper class")));
    }
}
