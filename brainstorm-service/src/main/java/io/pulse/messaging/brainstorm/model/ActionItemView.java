package io.pulse.messaging.brainstorm.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action item as members see it. */
@Schema(description = "An idea made an action item: who does it by when", example = Examples.ACTION_ITEM_VIEW)
public record ActionItemView(UUID id, UUID sessionId, UUID ideaId,
        @Schema(description = "The idea's text, which is what is to be done") String ideaText,
        @Schema(description = "Who is to do it (the session's owner or a collaborator); null: unassigned (its owner's data was erased)",
                nullable = true) UUID ownerId,
        LocalDate dueDate,
        @Schema(enumeration = {"open", "done"}) String status,
        @Schema(description = "Open and due before today (UTC)") boolean overdue,
        @Schema(nullable = true) String note,
        @Schema(description = "Who made the idea an action item; null once that user was erased", nullable = true) UUID createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(description = "When it was marked done; null while open", nullable = true) OffsetDateTime doneAt) {
}
