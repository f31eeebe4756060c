package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of a summary as clients see them (and as they are stored in {@code content}). */
public final class Views {

    private Views() {
    }

    @Schema(name = "Person", description = "A participant: the sender id and display name given in the request")
    public record PersonView(
            @Schema(example = "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11") UUID id,
            @Schema(example = "Bob Chen") String name) {
    }

    @Schema(name = "KeyPoint", description = "A ranked point: a sentence of the thread, with every message that said it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyPointView(
            @Schema(example = "Let's move the launch to December 8 instead.") String text,
            PersonView speaker,
            @Schema(description = "Relative centrality, 1.0 for the top point", example = "1.0") double score,
            @Schema(description = "The message the text comes from first, then messages that said the same") List<UUID> messageIds,
            @Schema(description = "Whether the point names the reader") boolean mentionsReader,
            @Schema(description = "Digests only: the conversation it comes from", nullable = true) UUID conversationId) {
    }

    @Schema(name = "ActionItem", description = "Something someone has to do")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionItemView(
            @Schema(example = "Bob, can you send the updated release notes by Friday?") String text,
            @Schema(description = "The participant named, addressed or committing; null when nobody is", nullable = true) PersonView owner,
            @Schema(description = "Resolved against the message's time in the reader's zone", nullable = true, example = "2026-11-27") LocalDate dueDate,
            @Schema(description = "The words the due date was read from", nullable = true, example = "by friday") String dueText,
            List<UUID> messageIds,
            @Schema(description = "Whether a later message marks it done") boolean done,
            @Schema(description = "The messages that mark it done") List<UUID> doneMessageIds,
            @Schema(nullable = true) UUID conversationId) {
    }

    @Schema(name = "Decision", description = "A decision, and whether a later message reverses it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(
            @Schema(example = "Let's go with December 3 as the launch date.") String text,
            PersonView decidedBy,
            List<UUID> messageIds,
            boolean reversed,
            List<UUID> reversedByMessageIds,
            @Schema(nullable = true) UUID conversationId) {
    }

    @Schema(name = "OpenQuestion", description = "A question nobody answered later in the thread")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenQuestionView(
            @Schema(example = "Does anyone know if legal has approved the new privacy policy?") String text,
            PersonView askedBy,
            List<UUID> messageIds,
            @Schema(nullable = true) UUID conversationId) {
    }

    @Schema(name = "Participant")
    public record ParticipantView(UUID id, String name, @Schema(example = "5") int messageCount) {
    }

    @Schema(name = "Coverage", description = "What the summary is based on")
    public record CoverageView(
            @Schema(description = "Messages received", example = "15") int messagesTotal,
            @Schema(description = "Messages summarised", example = "15") int messagesUsed,
            @Schema(description = "Sent time of the first message used") OffsetDateTime from,
            @Schema(description = "Sent time of the last message used") OffsetDateTime to,
            boolean truncated,
            @Schema(description = "Why messages were left out", nullable = true) String truncationReason) {
    }

    public enum HighlightKind {
        @JsonProperty("action_item")
        ACTION_ITEM,
        @JsonProperty("decision")
        DECISION,
        @JsonProperty("key_point")
        KEY_POINT
    }

    @Schema(name = "Highlight", description = "One highlight of a conversation in a daily digest")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HighlightView(
            HighlightKind kind,
            String text,
            @Schema(description = "Who said it (the owner for an action item)", nullable = true) PersonView person,
            List<UUID> messageIds,
            @Schema(description = "Whether it mentions the reader or assigns them an action item") boolean concernsReader) {
    }

    @Schema(name = "DigestConversation", description = "One conversation of a daily digest")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DigestConversationView(
            UUID conversationId,
            @Schema(nullable = true) String title,
            @Schema(description = "Messages of that day") int messageCount,
            @Schema(description = "Whether any highlight concerns the reader") boolean concernsReader,
            List<HighlightView> highlights) {
    }

    /** The stored, engine-produced part of a summary. */
    public record SummaryContent(
            String summary,
            List<KeyPointView> keyPoints,
            List<ActionItemView> actionItems,
            List<DecisionView> decisions,
            List<OpenQuestionView> openQuestions,
            List<ParticipantView> participants,
            CoverageView coverage,
            List<DigestConversationView> conversations) {
    }
}
