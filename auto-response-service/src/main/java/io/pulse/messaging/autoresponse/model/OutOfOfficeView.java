package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.engine.Tone;

/** The user's out-of-office reply as the API gives it. */
@Schema(name = "OutOfOfficeView", description = "The out-of-office reply; active tells whether it answers messages sent now",
        example = Examples.OUT_OF_OFFICE)
public record OutOfOfficeView(
        UUID ruleId,
        boolean enabled,
        boolean active,
        OffsetDateTime from,
        OffsetDateTime until,
        String message,
        String internalMessage,
        @Schema(description = "The audience in one value (see OutOfOfficeInput.audience): known_contacts for everyone / contacts_only")
        Audience audience,
        List<String> channels,
        int priority,
        boolean personalise,
        Tone tone,
        String timeZone,
        int cooldownMinutes,
        @Schema(nullable = true, description = "The subject of this rule's email replies (used whenever set; else \"Re: <the message's subject>\", "
                + "else \"Automatic reply\")") String replySubject,
        OffsetDateTime updatedAt,
        @Schema(description = "Who inside the organisation is answered (with internalMessage when set): everyone or nobody")
        Audience.Internal internalAudience,
        @Schema(description = "Who outside it is answered (with message): everyone, contacts_only or nobody") Audience.External externalAudience) {
}
