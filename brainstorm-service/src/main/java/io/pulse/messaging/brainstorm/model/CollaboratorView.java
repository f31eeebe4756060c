package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of a session: the owner, an editor or a viewer. */
@Schema(description = "A member of a session", example = Examples.COLLABORATOR_VIEW)
public record CollaboratorView(UUID userId, @Schema(enumeration = {"owner", "editor", "viewer"}) String role,
        @Schema(nullable = true) UUID invitedBy, OffsetDateTime since) {
}
