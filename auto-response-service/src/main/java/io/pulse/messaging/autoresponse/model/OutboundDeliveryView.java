package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event queued for an outbound webhook, and what became of it. */
@Schema(description = "An outbound delivery: pending (to be tried, again after a failure), delivered (a 2xx answer) or failed "
        + "(no 2xx after the last attempt)", example = OutboundDeliveryView.EXAMPLE)
public record OutboundDeliveryView(
        UUID id,
        UUID webhookId,
        @Schema(nullable = true) UUID ruleId,
        @Schema(nullable = true) UUID logId,
        @Schema(description = "pending, delivered or failed") String status,
        int attempts,
        @Schema(nullable = true, description = "HTTP status of the last attempt; null when it got no answer") Integer lastStatusCode,
        @Schema(nullable = true, description = "Why the last attempt failed") String lastError,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(nullable = true, description = "When the next attempt is due (pending only)") OffsetDateTime nextAttemptAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt) {

    static final String EXAMPLE = "{\"id\": \"0192f3a0-6666-7000-8000-000000000006\", \"webhookId\": \"0192f3a0-5555-7000-8000-000000000005\", "
            + "\"ruleId\": \"0192f3a0-2222-7000-8000-000000000002\", \"logId\": \"0192f3a0-3333-7000-8000-000000000003\", "
            + "\"status\": \"delivered\", \"attempts\": 2, \"lastStatusCode\": 200, \"lastError\": null, "
            + "\"createdAt\": \"2026-07-03T07:15:00Z\", \"lastAttemptAt\": \"2026-07-03T07:15:11Z\", \"nextAttemptAt\": null, "
            + "\"deliveredAt\": \"2026-07-03T07:15:11Z\"}";
}
