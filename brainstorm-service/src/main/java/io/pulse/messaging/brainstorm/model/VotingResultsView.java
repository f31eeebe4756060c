package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's votes per idea, most voted first, with the caller's vote budget. */
@Schema(description = "Votes per idea, most voted first", example = Examples.VOTING_RESULTS)
public record VotingResultsView(int votesPerParticipant, boolean anonymous, int votesUsed, int votesRemaining, List<Tally> items) {

    /** One idea's votes. */
    public record Tally(UUID ideaId, String text, String step, long votes,
            @Schema(description = "Only for the owner of a session without anonymous voting", nullable = true) List<UUID> voters) {
    }
}
