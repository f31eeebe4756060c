package io.pulse.messaging.autoresponse.model;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Messages for one user, evaluated in order in one transaction. */
@Schema(name = "EvaluationBatch", description = "Up to 500 messages for one user, evaluated in order", example = Examples.EVALUATION_BATCH)
public record EvaluationBatchInput(
        @Schema(description = "The user; defaults to the caller") UUID userId,
        @NotNull @Size(min = 1, max = EvaluationBatchInput.MAX_BATCH) List<@NotNull @Valid EvaluationInput> messages) {

    /** The most messages one batch may carry. */
    public static final int MAX_BATCH = 500;
}
