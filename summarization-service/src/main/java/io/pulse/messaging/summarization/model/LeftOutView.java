package io.pulse.messaging.summarization.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Messages received but not summarised, and why. */
@Schema(name = "LeftOut", description = "Messages received but not summarised, and why")
public record LeftOutView(
        @Schema(description = "other-day: not sent on the digest's day; engine-limit: over the local engine's message limit "
                + "(the earliest are left out); over-budget: over the model's input budget (the earliest are left out)",
                enumeration = { "other-day", "engine-limit", "over-budget" }, example = "over-budget") String reason,
        @Schema(description = "How many messages", example = "42") int count,
        @Schema(description = "Sent time of the first of them") OffsetDateTime from,
        @Schema(description = "Sent time of the last of them") OffsetDateTime to) {
}
