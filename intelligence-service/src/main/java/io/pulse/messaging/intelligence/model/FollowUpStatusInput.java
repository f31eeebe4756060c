package io.pulse.messaging.intelligence.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up's new status. */
@Schema(name = "FollowUpStatusInput", example = "{\"status\": \"done\"}")
public record FollowUpStatusInput(
        @NotNull @Pattern(regexp = "open|done|dismissed", message = "must be open, done or dismissed")
        @Schema(description = "done (handled), dismissed (not worth a follow-up) or open (again)",
                enumeration = {"open", "done", "dismissed"}, required = true) String status) {
}
