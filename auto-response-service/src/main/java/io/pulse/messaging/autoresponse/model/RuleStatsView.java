package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rule did, counted over the whole audit log. */
@Schema(name = "RuleStats", description = "What a rule did", example = Examples.RULE_STATS)
public record RuleStatsView(UUID ruleId, long sent, long suppressed, Map<String, Long> suppressedByReason, long failed,
                            @Schema(nullable = true) OffsetDateTime lastFiredAt) {
}
