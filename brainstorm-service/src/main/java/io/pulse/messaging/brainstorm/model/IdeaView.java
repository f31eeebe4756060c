package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An idea with its contributors and votes, as the caller sees it. */
@Schema(description = "An idea with its votes", example = Examples.IDEA_VIEW)
public record IdeaView(UUID id, UUID sessionId, String step, String text,
        @Schema(nullable = true) String details,
        @Schema(description = "The author; null for an idea kept from a former member (a member whose data was erased, in a "
                + "session that keeps their ideas)", nullable = true) UUID authorId,
        @Schema(description = "Everyone who contributed the idea: its author and the authors of duplicates merged into it") List<UUID> contributors,
        long votes,
        boolean votedByMe,
        @Schema(description = "Who voted: only for the owner of a session without anonymous voting", nullable = true) List<UUID> voters,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
