package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.engine.Tone;

/** The user's out-of-office reply, as Gmail's vacation responder and Outlook's automatic replies offer it. */
public final class OutOfOffice {

    private OutOfOffice() {
    }

    @Schema(name = "OutOfOfficeInput", description = "Out-of-office settings", example = Input.EXAMPLE)
    public record Input(
            @Schema(defaultValue = "true") Boolean enabled,
            @Schema(description = "Start (inclusive); open when absent") OffsetDateTime from,
            @Schema(description = "End (exclusive) and the return date {{returnDate}} shows; open when absent") OffsetDateTime until,
            @NotBlank @Size(max = 5000) @Schema(description = "Reply (a template) for external senders, or everyone when no internalMessage")
            String message,
            @Size(max = 5000) @Schema(description = "Reply for internal senders, when it differs") String internalMessage,
            @Schema(description = "everyone, known_contacts (Gmail: only people in my contacts) or internal_only (Outlook: inside my organisation)",
                    defaultValue = "everyone") Audience audience,
            @Size(max = 20) List<@NotNull @Pattern(regexp = RuleConditions.CHANNEL_PATTERN, message = "must be a lower-case channel name") String> channels,
            @Min(0) @Max(10000) @Schema(defaultValue = "0", description = "Evaluated before rules with a higher number") Integer priority,
            @Schema(defaultValue = "false") Boolean personalise,
            @Schema(defaultValue = "friendly") Tone tone,
            @Size(max = 64) @Schema(defaultValue = "UTC", example = "Europe/Paris") String timeZone,
            @Min(0) @Max(525600) @Schema(defaultValue = "1440", description = "One reply per sender per this many minutes") Integer cooldownMinutes) {

        static final String EXAMPLE = """
                {"from": "2026-07-01T00:00:00+02:00", "until": "2026-07-15T00:00:00+02:00",
                 "message": "Hi {{sender.firstName | \\"there\\"}}, I'm away until {{returnDate}} with limited access to messages.",
                 "internalMessage": "I'm on holiday until {{returnDate}}; Carol covers for me.",
                 "timeZone": "Europe/Paris", "personalise": true}""";
    }

    @Schema(name = "OutOfOfficeView", description = "The out-of-office reply; active tells whether it answers messages sent now", example = """
            {"ruleId": "0192f3a0-4444-7000-8000-000000000004", "enabled": true, "active": false,
             "from": "2026-06-30T22:00:00Z", "until": "2026-07-14T22:00:00Z",
             "message": "Hi {{sender.firstName | \\"there\\"}}, I'm away until {{returnDate}} with limited access to messages.",
             "internalMessage": "I'm on holiday until {{returnDate}}; Carol covers for me.", "audience": "everyone", "channels": [],
             "priority": 0, "personalise": true, "tone": "friendly", "timeZone": "Europe/Paris", "cooldownMinutes": 1440,
             "updatedAt": "2026-06-28T16:02:11.512Z"}""")
    public record View(
            UUID ruleId,
            boolean enabled,
            boolean active,
            OffsetDateTime from,
            OffsetDateTime until,
            String message,
            String internalMessage,
            Audience audience,
            List<String> channels,
            int priority,
            boolean personalise,
            Tone tone,
            String timeZone,
            int cooldownMinutes,
            OffsetDateTime updatedAt) {
    }
}
