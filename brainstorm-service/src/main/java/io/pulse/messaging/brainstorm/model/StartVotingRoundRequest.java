package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions/{id}/voting-rounds}; every field is optional. */
@Schema(description = "A voting round to start; omitted fields: no timer, the session's votes per participant, every idea, "
        + "results shown to everyone when the round ends", example = Examples.START_VOTING_ROUND)
public record StartVotingRoundRequest(
        @Min(10) @Max(86400) @Schema(description = "Close the round by itself after this many seconds", nullable = true)
        Integer durationSeconds,
        @Min(1) @Max(100) @Schema(description = "Votes each participant may cast in this round (default: the session's)", nullable = true)
        Integer votesPerParticipant,
        @Size(min = 1, max = 500) @Schema(description = "Only these ideas of the session can be voted for", nullable = true)
        List<@NotNull UUID> ideaIds,
        @Schema(description = "Show the results to every member when the round ends (true, the default); false keeps them "
                + "for the owner until they reveal them", nullable = true) Boolean revealOnEnd) {
}
