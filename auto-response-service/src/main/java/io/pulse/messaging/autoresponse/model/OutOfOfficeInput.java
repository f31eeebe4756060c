package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.common.validation.PlausibleTime;

/** The user's out-of-office reply as the client sets it, as Gmail's vacation responder and Outlook's automatic replies offer it. */
@Schema(name = "OutOfOfficeInput", description = "Out-of-office settings", example = Examples.OUT_OF_OFFICE_INPUT)
public record OutOfOfficeInput(
        @Schema(defaultValue = "true") Boolean enabled,
        @PlausibleTime @Schema(description = "Start (inclusive); open when absent") OffsetDateTime from,
        @PlausibleTime @Schema(description = "End (exclusive) and the return date {{returnDate}} shows; open when absent") OffsetDateTime until,
        @NotBlank @Size(max = 5000) @Schema(description = "Reply (a template) for external senders, or everyone when no internalMessage")
        String message,
        @Size(max = 5000) @Schema(description = "Reply for internal senders, when it differs") String internalMessage,
        @Schema(description = "The audience in one value, kept for earlier clients; it maps onto the pair internalAudience / externalAudience: "
                + "everyone = everyone / everyone, known_contacts = everyone / contacts_only (colleagues are answered too, as Outlook's "
                + "\"my contacts only\" applies outside the organisation), internal_only = everyone / nobody, external_only = nobody / everyone, "
                + "external_contacts_only = nobody / contacts_only, internal_and_external_contacts = everyone / contacts_only, nobody = nobody / "
                + "nobody. When the pair is given too it must say the same (400 otherwise); the pair wins when only it is given",
                defaultValue = "everyone") Audience audience,
        @Size(max = 20) List<@NotNull @Pattern(regexp = RuleConditions.CHANNEL_PATTERN, message = "must be a lower-case channel name") String> channels,
        @Min(0) @Max(10000) @Schema(defaultValue = "0", description = "Evaluated before rules with a higher number") Integer priority,
        @Schema(defaultValue = "false") Boolean personalise,
        @Schema(defaultValue = "friendly") Tone tone,
        @Size(max = 64) @Schema(defaultValue = "UTC", example = "Europe/Paris") String timeZone,
        @Min(0) @Max(525600) @Schema(defaultValue = "1440", description = "One reply per sender per this many minutes") Integer cooldownMinutes,
        @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
        @Schema(description = "The subject of this rule's email replies; when set it is always used (as Outlook's and Gmail's "
                + "vacation responders do), else an email is answered \"Re: <its subject>\", or \"Automatic reply\" when it has none; "
                + "one line, control characters are removed", example = "Out of office") String replySubject,
        @Schema(description = "Outlook's \"inside my organisation\": everyone or nobody. Internal senders are those the caller flags "
                + "internalSender, or whose address is in one of the user's domains (GET/PUT /settings); they get internalMessage when set",
                defaultValue = "everyone") Audience.Internal internalAudience,
        @Schema(description = "Outlook's \"outside my organisation\": everyone, contacts_only (senders the caller flags knownContact or "
                + "the user's contacts list, /contacts) or nobody; they get message", defaultValue = "everyone") Audience.External externalAudience) {

    /** The settings as before the two audiences (both absent: audience decides). */
    public OutOfOfficeInput(Boolean enabled, OffsetDateTime from, OffsetDateTime until, String message, String internalMessage, Audience audience,
                            List<String> channels, Integer priority, Boolean personalise, Tone tone, String timeZone, Integer cooldownMinutes,
                            String replySubject) {
        this(enabled, from, until, message, internalMessage, audience, channels, priority, personalise, tone, timeZone, cooldownMinutes,
                replySubject, null, null);
    }
}
