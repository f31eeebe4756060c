package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A voting round as the caller sees it: their own votes and what they have left always; the per-idea totals (ranked)
 * for the owner at any time, for the other members once the results are visible.
 */
@Schema(description = "A voting round as the caller sees it", example = Examples.VOTING_ROUND_VIEW)
public record VotingRoundView(
        UUID id, UUID sessionId,
        @Schema(enumeration = {"open", "closed"}) String status,
        int votesPerParticipant,
        @Schema(nullable = true) Integer durationSeconds,
        OffsetDateTime startedAt,
        @Schema(description = "When a timed round closes by itself", nullable = true) OffsetDateTime endsAt,
        @Schema(nullable = true) OffsetDateTime closedAt,
        @Schema(enumeration = {"owner", "timer"}, nullable = true) String closedBy,
        @Schema(description = "The ideas the round is about; null: every idea of the session", nullable = true) List<UUID> ideaIds,
        boolean revealOnEnd,
        @Schema(nullable = true) OffsetDateTime revealedAt,
        @Schema(description = "Whether every member sees the results (the owner always does)") boolean resultsVisible,
        @Schema(description = "The caller's votes in this round") int votesUsed,
        int votesRemaining,
        @Schema(description = "The ideas the caller voted for in this round") List<UUID> myVotes,
        @Schema(description = "Votes cast in the round; null while hidden from the caller or in a list", nullable = true) Long totalVotes,
        @Schema(description = "Per-idea totals, most voted first; null while hidden from the caller or in a list", nullable = true)
        List<Result> results) {

    /** One idea's total in the round; ideas with equal totals share a rank. */
    public record Result(UUID ideaId, String text, String step, long votes, int rank) {
    }
}
