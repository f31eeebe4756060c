package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /sessions/{id}/collaborators/{userId}}. */
@Schema(description = "The role to give a collaborator", example = Examples.COLLABORATOR)
public record CollaboratorRoleRequest(@NotNull @Schema(enumeration = {"editor", "viewer"}) String role) {
}
