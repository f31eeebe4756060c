package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.embedding.MiniLmEmbedder;

/** The shipped engine (lexicon, cues and the learned head over MiniLM) on the examples. Own JVM (see the pom). */
class LearnedSentimentAnalyzerTest {

    static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
    private final LearnedSentimentAnalyzer engine = LearnedSentimentAnalyzer.builtIn(EMBEDDER);

    @Test
    void sarcasmAndComplaintsComeOutNegativeWithTheirExplanation() {
        for (String text : List.of("great, another outage. third time this week. love it.",
                "Oh wonderful... the dashboard is down again. Fantastic monitoring",
                "second time this happens with your shop. I'd like a full refund",
                "The refund still hasn't arrived after 3 weeks.")) {
            SentimentResult result = engine.analyze(text);
            assertEquals(SentimentLabel.NEGATIVE, result.label(), text + " -> " + result);
            assertTrue(result.score() < 0, result.toString());
            assertEquals("en", result.language());
            assertEquals("learned", result.signals().get(0).kind(), "the learned layer's share leads the explanation");
            assertTrue(result.signals().stream().anyMatch(s -> s.kind().equals("sarcasm") || s.kind().equals("complaint")),
                    result.signals().toString());
        }
    }

    @Test
    void theAgentsApologyIsNotTheMostNegativeMessageOfItsThread() {
        List<String> thread = List.of("my order still hasn't arrived and it's been two weeks",
                "I'm really sorry to hear that", "can you share the order number?", "it's 55123. this is really annoying",
                "thanks, I see it was stuck at the depot, it goes out today");
        double[] scores = thread.stream().mapToDouble(t -> engine.analyze(t).score()).toArray();
        SentimentResult apology = engine.analyze(thread.get(1));
        assertNotEquals(SentimentLabel.NEGATIVE, apology.label(), apology.toString());
        assertNotEquals(SentimentLabel.MIXED, apology.label(), apology.toString());
        double lowest = java.util.Arrays.stream(scores).min().orElseThrow();
        assertTrue(scores[1] > lowest, "apology " + scores[1] + ", lowest " + lowest);
    }

    @Test
    void germanFrenchAndSpanishGetTheirLanguageAndALowConfidence() {
        for (String[] text : new String[][] {{"de", "Das ist jetzt schon das dritte Mal, dass die Lieferung nicht ankommt"},
                {"fr", "Merci pour votre aide, tout fonctionne très bien maintenant"},
                {"es", "El servicio es muy lento y nadie contesta mis correos"}}) {
            SentimentResult result = engine.analyze(text[1]);
            assertEquals(text[0], result.language(), result.toString());
            assertTrue(result.confidence() <= 0.25, result.toString());
        }
    }

    @Test
    void aRepeatedTextIsEmbeddedOnce() {
        long before = EMBEDDER.cacheStatistics()[1];
        engine.analyze("the deploy pipeline is green again, nice work");
        engine.analyze("the deploy pipeline is green again, nice work");
        assertEquals(before + 1, EMBEDDER.cacheStatistics()[1]);
    }
}
