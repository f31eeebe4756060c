package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;


/** What the sentiment engine does with text it cannot read: its language named, a low confidence, no embedding. */
class ForeignTextSentimentTest {

    @Test
    void foreignTextGetsItsLanguageAndALowConfidenceNotAConfidentNeutral() {
        LearnedSentimentAnalyzer engine = new LearnedSentimentAnalyzer(LexiconSentimentAnalyzer.builtIn(), text -> {
            throw new AssertionError("foreign text is not embedded");
        }, null);
        for (String[] text : new String[][] {{"de", "Die Lieferung ist schon wieder zu spät, ich bin sehr enttäuscht"},
                {"fr", "Je suis très déçu, la commande n'est toujours pas arrivée"},
                {"es", "Mi pedido todavía no ha llegado, es la segunda vez que pasa"}}) {
            SentimentResult result = engine.analyze(text[1]);
            assertEquals(text[0], result.language());
            assertTrue(result.confidence() <= 0.25, result.toString());
            assertEquals("language", result.signals().get(0).kind());
        }
    }

    @Test
    void textInAnotherScriptIsNotEmbeddedAndGetsALowConfidence() {
        LearnedSentimentAnalyzer engine = new LearnedSentimentAnalyzer(LexiconSentimentAnalyzer.builtIn(), text -> {
            throw new AssertionError("text in another script is not embedded");
        }, null);
        SentimentResult result = engine.analyze("Заказ так и не пришёл, это ужасно");
        assertEquals("und-Cyrl", result.language());
        assertTrue(result.confidence() <= 0.25, result.toString());
    }

    @Test
    void aConversationTheEngineCannotReadIsNoConfidentNeutral() {
        java.time.Instant t0 = java.time.Instant.parse("2026-12-01T09:00:00Z");
        List<ChatMessage> german = new java.util.ArrayList<>();
        String[] texts = {"Die Lieferung ist schon wieder zu spät", "Ich bin sehr enttäuscht von dem Service",
            "Wann kommt das Paket endlich an?", "Das ist jetzt das zweite Mal", "Ich möchte mein Geld zurück"};
        for (int i = 0; i < texts.length; i++) {
            german.add(Threads.msg(i, i % 2 == 0 ? "ann" : "ben", texts[i], t0.plusSeconds(60L * i)));
        }
        LocalConversationInsightEngine engine = new LocalConversationInsightEngine(new LearnedSentimentAnalyzer(
                LexiconSentimentAnalyzer.builtIn(), text -> {
                    throw new AssertionError("German is not embedded");
                }, null), new Threads.NoTopics(), FollowUpDetector.defaults());
        ConversationSentiment sentiment = new ConversationSentimentAggregator().aggregate(engine.analyzeMessages(german));
        assertTrue(sentiment.confidence() <= 0.2, sentiment.toString());
    }
}
