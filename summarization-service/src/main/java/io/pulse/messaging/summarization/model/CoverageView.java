package io.pulse.messaging.summarization.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which messages a summary is based on, and why any were left out. */
@Schema(name = "Coverage", description = "What the summary is based on")
public record CoverageView(
        @Schema(description = "Messages received", example = "15") int messagesTotal,
        @Schema(description = "Messages summarised", example = "15") int messagesUsed,
        @Schema(description = "Sent time of the first message used") OffsetDateTime from,
        @Schema(description = "Sent time of the last message used") OffsetDateTime to,
        @Schema(description = "Whether some messages received were not summarised") boolean truncated,
        @Schema(description = "Why messages were left out", nullable = true) String truncationReason,
        @Schema(description = "The messages left out, by reason; empty when none were") List<LeftOutView> leftOut) {
}
