package io.pulse.messaging.common.lifecycle;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure's status URL answers: never the erased user's id or anything of their data. */
@Schema(name = "ErasureStatus", description = "The progress of one erasure request")
public record ErasureStatus(
        UUID id,
        @Schema(description = "running, or done once no row of the user is left", enumeration = { "running", "done" })
        String state,
        @Schema(description = "Rows removed or anonymised so far")
        long rowsRemoved,
        @Schema(description = "Who asked: self (the user, with their own token) or service:<token subject>")
        String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(nullable = true)
        OffsetDateTime finishedAt) {

    public boolean done() {
        return "done".equals(state);
    }
}
