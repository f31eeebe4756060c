package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's voting and timing settings, in and out; in a request, omitted values keep their defaults. */
@Schema(description = "Session settings; omitted values keep their defaults (5 votes, anonymous, no timer, a former member's ideas removed, no advance when the timer runs out)")
public record SessionSettings(
        @Min(0) @Max(100) @Schema(description = "Votes each participant may cast in the session", example = "5") Integer votesPerParticipant,
        @Schema(description = "Hide who voted for what; when false the owner sees the voters", example = "true") Boolean anonymousVoting,
        @Min(10) @Max(86400) @Schema(description = "Optional time box per step, in seconds", example = "300", nullable = true) Integer stepTimerSeconds,
        @Schema(description = "When a member's data is erased (their account deleted): keep their ideas in this session as a "
                + "former member's, the text kept and the author removed (true), or remove them with their votes (false, the "
                + "default)", example = "false") Boolean keepIdeasOfFormerMembers,
        @Schema(description = "When the step timer runs out, move the session to its framework's next step (the last step "
                + "stays); false (the default) only announces step_time_up", example = "false") Boolean advanceOnTimeUp) {
}
