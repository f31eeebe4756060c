package io.pulse.messaging.summarization.model;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as a summary names them. */
@Schema(name = "Person", description = "A participant: the sender id and display name given in the request")
public record PersonView(
        @Schema(example = "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11") UUID id,
        @Schema(example = "Bob Chen") String name) {
}
