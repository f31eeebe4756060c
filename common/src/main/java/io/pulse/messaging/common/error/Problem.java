package io.pulse.messaging.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error answer of the suite ({@code application/problem+json}).
 * It never carries a stack trace, a class name or SQL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI that identifies the kind of problem", example = "urn:pulse:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request", example = "2 fields are invalid.")
        String detail,
        @Schema(description = "Path of the request", example = "/api/auto-responses/rules")
        String instance,
        @Schema(description = "For validation problems: each invalid field")
        List<FieldError> errors,
        @Schema(description = "For unexpected errors: the id under which the error was logged", example = "9c1f0c1e-8d1b-4d46-9f4b-2b5c1a6f5e11")
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, errorId);
    }
}
