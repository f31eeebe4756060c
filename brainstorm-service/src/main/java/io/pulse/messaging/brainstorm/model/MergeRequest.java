package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions/{id}/merges}. */
@Schema(description = "Near-duplicate ideas to merge into one; the kept idea credits every contributor", example = Examples.MERGE)
public record MergeRequest(@NotNull UUID keepId, @NotEmpty @Size(max = 50) List<@NotNull UUID> ideaIds) {
}
