package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An idea's votes and the caller's vote budget, after a vote or its withdrawal. In an open voting round ({@code roundId}
 * set), the budget is the round's, and the idea's votes are shown only to whom the round's results are shown.
 */
@Schema(description = "The caller's vote count after voting or unvoting", example = Examples.VOTE_STATUS)
public record VoteStatusView(UUID ideaId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The idea's votes; in a voting round only when its results are shown to the caller", nullable = true) Long votes,
        int votesUsed, int votesRemaining,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The open voting round the vote was cast in; absent for a session-level vote", nullable = true) UUID roundId) {

    /** A session-level vote's status (outside voting rounds). */
    public VoteStatusView(UUID ideaId, long votes, int votesUsed, int votesRemaining) {
        this(ideaId, Long.valueOf(votes), votesUsed, votesRemaining, null);
    }
}
