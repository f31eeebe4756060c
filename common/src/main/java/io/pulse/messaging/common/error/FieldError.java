package io.pulse.messaging.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field: a JSON path such as {@code conditions.keywords[2]} and what is wrong with it. */
@Schema(description = "One invalid field of the request")
public record FieldError(
        @Schema(description = "Path of the field in the request body, or the name of the query parameter", example = "priority")
        String field,
        @Schema(description = "What is wrong with it", example = "must be less than or equal to 10000")
        String message) {
}
