package io.pulse.messaging.brainstorm.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /sessions/{id}/action-items/{itemId}}; omitted fields stay as they are. */
@Schema(description = "Changes to an action item; omitted fields stay as they are", example = Examples.UPDATE_ACTION_ITEM)
public record UpdateActionItemRequest(
        @Schema(enumeration = {"open", "done"}) String status,
        @Schema(description = "A new due date, today or later (UTC)") LocalDate dueDate,
        @Schema(description = "A new owner: the session's owner or one of its collaborators") UUID ownerId,
        @Size(max = 1000) @Schema(description = "A new note; an empty one removes it") String note) {
}
