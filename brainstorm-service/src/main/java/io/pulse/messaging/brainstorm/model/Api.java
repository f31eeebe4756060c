package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The brainstorm API's request and response bodies. */
public final class Api {

    private Api() {
    }

    static final String FRAMEWORKS = "scamper, six_hats, free_form";

    @Schema(description = "Session settings; omitted values keep their defaults (5 votes, anonymous, no timer)")
    public record SessionSettings(
            @Min(0) @Max(100) @Schema(description = "Votes each participant may cast in the session", example = "5") Integer votesPerParticipant,
            @Schema(description = "Hide who voted for what; when false the owner sees the voters", example = "true") Boolean anonymousVoting,
            @Min(10) @Max(86400) @Schema(description = "Optional time box per step, in seconds", example = "300", nullable = true) Integer stepTimerSeconds) {
    }

    @Schema(description = "A new session", example = Examples.CREATE_SESSION)
    public record CreateSession(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) @Schema(description = "The topic or problem statement") String topic,
            @NotNull @Schema(enumeration = {"scamper", "six_hats", "free_form"}) String framework,
            @Valid SessionSettings settings) {
    }

    @Schema(description = "Changes to a session; omitted fields stay as they are", example = Examples.UPDATE_SESSION)
    public record UpdateSession(
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
            @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String topic,
            @Schema(enumeration = {"active", "closed", "archived"}) String status,
            @Schema(description = "A step of the session's framework") String currentStep,
            @Valid SessionSettings settings) {
    }

    @Schema(description = "One step of the session's framework with its idea count")
    public record StepView(String key, String title, String question, int position, long ideaCount,
            @Schema(description = "True when the step has no idea yet") boolean empty,
            boolean current) {
    }

    @Schema(description = "A session as its members see it", example = Examples.SESSION_VIEW)
    public record SessionView(
            UUID id, String title, String topic,
            @Schema(enumeration = {"scamper", "six_hats", "free_form"}) String framework,
            @Schema(enumeration = {"active", "closed", "archived"}) String status,
            String currentStep,
            @Schema(description = "The caller's role", enumeration = {"owner", "editor", "viewer"}) String role,
            UUID ownerId,
            SessionSettings settings,
            OffsetDateTime stepStartedAt,
            @Schema(description = "When the current step's timer runs out; null without a timer", nullable = true) OffsetDateTime stepEndsAt,
            List<StepView> steps,
            @Schema(description = "Keys of the steps without ideas") List<String> emptySteps,
            long ideaCount,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    @Schema(description = "A session in a list", example = Examples.SESSION_SUMMARY)
    public record SessionSummary(UUID id, String title,
            @Schema(enumeration = {"scamper", "six_hats", "free_form"}) String framework,
            @Schema(enumeration = {"active", "closed", "archived"}) String status,
            String currentStep,
            @Schema(enumeration = {"owner", "editor", "viewer"}) String role,
            UUID ownerId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Schema(description = "The role to give a collaborator", example = Examples.COLLABORATOR)
    public record CollaboratorRole(@NotNull @Schema(enumeration = {"editor", "viewer"}) String role) {
    }

    @Schema(description = "A member of a session", example = Examples.COLLABORATOR_VIEW)
    public record CollaboratorView(UUID userId, @Schema(enumeration = {"owner", "editor", "viewer"}) String role,
            @Schema(nullable = true) UUID invitedBy, OffsetDateTime since) {
    }

    @Schema(description = "A new idea; the step defaults to the session's current step", example = Examples.IDEA)
    public record CreateIdea(
            @NotBlank @Size(max = 500) String text,
            @Schema(description = "A step of the session's framework", nullable = true) String step,
            @Size(max = 4000) String details) {
    }

    @Schema(description = "Changes to an idea; omitted fields stay as they are", example = Examples.IDEA)
    public record UpdateIdea(
            @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String text,
            String step,
            @Size(max = 4000) String details) {
    }

    @Schema(description = "An idea with its votes", example = Examples.IDEA_VIEW)
    public record IdeaView(UUID id, UUID sessionId, String step, String text,
            @Schema(nullable = true) String details,
            UUID authorId,
            @Schema(description = "Everyone who contributed the idea: its author and the authors of duplicates merged into it") List<UUID> contributors,
            long votes,
            boolean votedByMe,
            @Schema(description = "Who voted: only for the owner of a session without anonymous voting", nullable = true) List<UUID> voters,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Schema(description = "The caller's vote count after voting or unvoting", example = Examples.VOTE_STATUS)
    public record VoteStatus(UUID ideaId, long votes, int votesUsed, int votesRemaining) {
    }

    @Schema(description = "Votes per idea, most voted first", example = Examples.VOTING_RESULTS)
    public record VotingResults(int votesPerParticipant, boolean anonymous, int votesUsed, int votesRemaining, List<Tally> items) {
    }

    public record Tally(UUID ideaId, String text, String step, long votes,
            @Schema(description = "Only for the owner of a session without anonymous voting", nullable = true) List<UUID> voters) {
    }

    @Schema(description = "What to suggest ideas for", example = Examples.SUGGESTIONS)
    public record SuggestionRequest(
            @Schema(description = "A step of the session's framework; defaults to the current step", nullable = true) String step,
            @Min(1) @Max(20) @Schema(description = "How many suggestions, 1 to 20 (default 5)") Integer count) {
    }

    public record SuggestionView(String text, String step, String rationale, List<String> basedOn) {
    }

    @Schema(description = "Suggested ideas, from the cache when the same question was answered in the last 24 hours", example = Examples.SUGGESTIONS_VIEW)
    public record Suggestions(String step, @Schema(example = "local") String engine, boolean cached,
            OffsetDateTime generatedAt, OffsetDateTime expiresAt, List<SuggestionView> suggestions) {
    }

    public record ClusterView(String label, List<UUID> ideaIds,
            @Schema(description = "0 to 1: how much closer the ideas are to each other than to other clusters") double confidence,
            @Schema(description = "Mean similarity between the cluster's ideas") double cohesion) {
    }

    public record MergeProposalView(UUID keepId, List<UUID> ideaIds, List<UUID> contributors, double similarity) {
    }

    @Schema(description = "The latest clustering of a session's ideas", example = Examples.CLUSTERING)
    public record Clustering(UUID sessionId, @Schema(example = "local") String engine, String ideaSetHash, int ideaCount,
            List<ClusterView> clusters,
            @Schema(description = "Ideas that fit no cluster") List<UUID> unclustered,
            List<MergeProposalView> mergeProposals,
            OffsetDateTime createdAt) {
    }

    @Schema(description = "Near-duplicate ideas to merge into one; the kept idea credits every contributor", example = Examples.MERGE)
    public record MergeRequest(@NotNull UUID keepId, @NotEmpty @Size(max = 50) List<@NotNull UUID> ideaIds) {
    }
}
