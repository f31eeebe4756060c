package io.pulse.messaging.intelligence.engine;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something that waits for an answer or action, the message it refers to, and a suggested follow-up text.
 *
 * @param owner the participant expected to answer or act, when the model found one (null otherwise)
 * @param due   the deadline the message states, when the model found one (null otherwise)
 */
public record FollowUp(FollowUpType type, String messageId, String senderId, String senderName, String excerpt, Instant since,
        long waitingSeconds, String suggestedText,
        @Schema(nullable = true, description = "The participant (id) expected to answer or act, when the model found one",
                example = "u-bob") String owner,
        @Schema(nullable = true, description = "The deadline the message states, when the model found one",
                example = "2026-11-27") LocalDate due) {

    /** A follow-up without owner or deadline (what the local engine finds). */
    public FollowUp(FollowUpType type, String messageId, String senderId, String senderName, String excerpt, Instant since,
            long waitingSeconds, String suggestedText) {
        this(type, messageId, senderId, senderName, excerpt, since, waitingSeconds, suggestedText, null, null);
    }
}
