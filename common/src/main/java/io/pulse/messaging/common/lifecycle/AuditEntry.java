package io.pulse.messaging.common.lifecycle;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One configuration change in a user's audit trail. */
@Schema(name = "AuditEntry", description = "One configuration change: who made it, when, to what, and which fields changed")
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        @Schema(description = "user:<id> (the owner, or a collaborator), service:<token subject>, system, or former-user "
                + "(a user since erased)", example = "user:0b9f7a0e-3c1e-4d35-9a55-2f0b8d0f3c11")
        String actor,
        @Schema(description = "What happened, as <object>.<verb>", example = "rule.updated")
        String action,
        @Schema(example = "rule")
        String targetType,
        @Schema(nullable = true, example = "9b0c6a8e-6f7e-4a37-8f51-2c5c1b8f0d2e")
        String targetId,
        @Schema(description = "The changed fields; values only where they are settings (flags, numbers, names), never message text",
                example = "{\"fields\": [\"priority\", \"enabled\"], \"enabled\": false}")
        Map<String, Object> changes) {
}
