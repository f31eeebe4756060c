package io.pulse.messaging.intelligence.engine;

/** Scores the sentiment of a short text. The local engine is {@link LexiconSentimentAnalyzer}; the model's sentiment of a batch is {@code engine.llm.SentimentBatchTask}. */
public interface SentimentAnalyzer {

    SentimentResult analyze(String text);
}
