package io.pulse.messaging.intelligence.engine;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One message's sentiment.
 *
 * @param reason why the model gave this sentiment, in a few words ("sarcasm", "complaint"); null when the local engine
 *               labelled the message (its explanation is in the conversation's signals)
 */
public record MessageSentiment(String messageId, String senderId, Instant sentAt, SentimentLabel label, double score,
        @Schema(nullable = true, description = "Why the model gave this sentiment, in a few words (sarcasm, complaint, "
                + "non-English, ...); null when the local engine labelled the message", example = "sarcasm") String reason) {

    public static MessageSentiment of(MessageFacts m) {
        return new MessageSentiment(m.id(), m.senderId(), m.sentAt(), m.label(), m.score(), m.reason());
    }
}
