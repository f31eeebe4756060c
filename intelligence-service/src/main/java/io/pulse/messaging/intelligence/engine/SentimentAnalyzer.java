package io.pulse.messaging.intelligence.engine;

/** Scores the sentiment of a short text. The local engine is {@link LexiconSentimentAnalyzer}; an LLM may implement it later. */
public interface SentimentAnalyzer {

    SentimentResult analyze(String text);
}
