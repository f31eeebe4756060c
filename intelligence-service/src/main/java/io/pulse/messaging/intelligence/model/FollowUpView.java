package io.pulse.messaging.intelligence.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.engine.FollowUpType;

/** A follow-up as the API shows it: the engine's, with its id and the status the user gave it. */
@Schema(name = "FollowUp", example = Examples.FOLLOW_UP)
public record FollowUpView(
        @Schema(description = "The follow-up's id (stable: the same follow-up found again by a later analysis keeps it)")
        UUID id,
        @Schema(description = "open, done or dismissed (PATCH .../follow-ups/{id}); only open ones count in the overview",
                enumeration = {"open", "done", "dismissed"}) String status,
        FollowUpType type, String messageId, String senderId, String senderName, String excerpt, Instant since,
        long waitingSeconds, String suggestedText,
        @Schema(nullable = true, description = "The participant (id) expected to answer or act, when the model found one",
                example = "u-bob") String owner,
        @Schema(nullable = true, description = "The deadline the message states, when the model found one",
                example = "2026-11-27") LocalDate due) {

    public static FollowUpView of(UUID id, String status, FollowUp f) {
        return new FollowUpView(id, status, f.type(), f.messageId(), f.senderId(), f.senderName(), f.excerpt(), f.since(),
                f.waitingSeconds(), f.suggestedText(), f.owner(), f.due());
    }
}
