package io.pulse.messaging.intelligence.engine;

import java.time.Instant;
import java.util.List;

/**
 * What the conversation-level engines need to know about one analysed message, and what is kept of it between
 * analyses (so that an incremental analysis can combine stored messages with new ones without their full text).
 *
 * @param signals the strongest sentiment signals of the message (for the conversation's explanation)
 * @param excerpt the start of the message, for follow-up suggestions
 * @param reason  why the model gave the message its sentiment, in a few words; null when the local engine labelled it
 * @param hint    what the model found the message waits for (who should act, by when, a suggested follow-up); null
 *                when the local engine judged it or when it waits for nothing
 */
public record MessageFacts(String id, String senderId, String senderName, Instant sentAt, String replyTo,
        SentimentLabel label, double score, double confidence, List<SentimentSignal> signals, int words,
        boolean question, boolean request, boolean acknowledgement, boolean closing, String excerpt,
        String reason, FollowUpHint hint) {

    /** The local engine's facts: no model reason, no follow-up hint. */
    public MessageFacts(String id, String senderId, String senderName, Instant sentAt, String replyTo,
            SentimentLabel label, double score, double confidence, List<SentimentSignal> signals, int words,
            boolean question, boolean request, boolean acknowledgement, boolean closing, String excerpt) {
        this(id, senderId, senderName, sentAt, replyTo, label, score, confidence, signals, words, question, request,
                acknowledgement, closing, excerpt, null, null);
    }
}
