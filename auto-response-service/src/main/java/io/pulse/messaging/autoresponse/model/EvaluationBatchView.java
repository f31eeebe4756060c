package io.pulse.messaging.autoresponse.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch: one evaluation per message, in the order sent. */
@Schema(name = "EvaluationBatchResult", description = "One result per message, in the order sent", example = Examples.EVALUATION_BATCH_RESULT)
public record EvaluationBatchView(List<EvaluationView> results) {
}
