package io.pulse.messaging.brainstorm.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions/{id}/ideas/{ideaId}/action-item}. */
@Schema(description = "Make an idea an action item", example = Examples.CREATE_ACTION_ITEM)
public record CreateActionItemRequest(
        @NotNull @Schema(description = "Who is to do it: the session's owner or one of its collaborators") UUID ownerId,
        @NotNull @Schema(description = "Due date (YYYY-MM-DD), today or later (UTC)") LocalDate dueDate,
        @Size(max = 1000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String note) {
}
