package io.pulse.messaging.autoresponse.model;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A canned response as the client writes it (create and full update). */
@Schema(name = "CannedResponseInput", description = "A saved reply", example = LibraryExamples.CANNED_INPUT)
public record CannedResponseInput(
        @NotBlank @Size(max = 200) @Schema(example = "Price list") String name,
        @NotBlank @Size(max = 5000) @Schema(description = "The reply, a template with the placeholders of rule templates ({{sender.firstName}}, "
                + "{{returnDate}}, ...; an unknown one is a 400 naming its line and column)") String template,
        @Size(max = 20) @Schema(description = "Labels to find it by; they also count as its keywords for suggestions")
        List<@NotNull @Size(min = 1, max = 50) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String> tags) {
}
