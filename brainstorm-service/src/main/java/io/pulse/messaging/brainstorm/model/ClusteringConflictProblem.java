package io.pulse.messaging.brainstorm.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 409 problem of an edit made on an older version of the clustering, with the clustering as it is now. */
@Schema(description = "RFC 9457 problem: the clustering changed since the version the edit names; current is the clustering now")
public record ClusteringConflictProblem(
        @Schema(example = "urn:pulse:problem:conflict") String type,
        @Schema(example = "Conflict") String title,
        @Schema(example = "409") int status,
        String detail,
        String instance,
        @Schema(description = "The clustering as it is now: redo the edit on its version") ClusteringView current) {
}
