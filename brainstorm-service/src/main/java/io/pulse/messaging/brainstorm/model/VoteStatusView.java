package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An idea's votes and the caller's vote budget, after a vote or its withdrawal. */
@Schema(description = "The caller's vote count after voting or unvoting", example = Examples.VOTE_STATUS)
public record VoteStatusView(UUID ideaId, long votes, int votesUsed, int votesRemaining) {
}
