package io.pulse.messaging.summarization.model;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who sent a message: the sender's user id and display name. */
@Schema(name = "Sender")
public record SenderInput(
        @NotNull @Schema(required = true, example = "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11") UUID id,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Bob Chen") String name) {
}
