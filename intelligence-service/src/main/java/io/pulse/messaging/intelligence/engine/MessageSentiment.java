package io.pulse.messaging.intelligence.engine;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.common.text.LanguageGuess;

/**
 * One message's sentiment.
 *
 * @param language the message's language as the local engine detected it ({@code en} unless it found another)
 * @param reason why the model gave this sentiment, in a few words ("sarcasm", "complaint"); null when the local engine
 *               labelled the message (its explanation is in the conversation's signals)
 */
public record MessageSentiment(String messageId, String senderId, Instant sentAt, SentimentLabel label, double score,
        @Schema(nullable = true, description = "Why the model gave this sentiment, in a few words (sarcasm, complaint, "
                + "non-English, ...); null when the local engine labelled the message", example = "sarcasm") String reason,
        @Schema(description = "The message's language (ISO 639-1) as the local engine detected it; a message in a "
                + "language it cannot read gets a low confidence rather than a confident neutral", example = "en")
        String language) {

    public MessageSentiment(String messageId, String senderId, Instant sentAt, SentimentLabel label, double score,
            String reason) {
        this(messageId, senderId, sentAt, label, score, reason, LanguageGuess.ENGLISH);
    }

    public static MessageSentiment of(MessageFacts m) {
        return new MessageSentiment(m.id(), m.senderId(), m.sentAt(), m.label(), m.score(), m.reason(), language(m));
    }

    /** The language the local engine noted in the message's signals (kind {@code language}), else English. */
    static String language(MessageFacts m) {
        if (m.signals() != null) {
            for (SentimentSignal s : m.signals()) {
                if ("language".equals(s.kind())) {
                    return s.text();
                }
            }
        }
        return LanguageGuess.ENGLISH;
    }
}
