package io.pulse.messaging.autoresponse.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.Examples;
import io.pulse.messaging.autoresponse.model.LogEntryView;
import io.pulse.messaging.autoresponse.model.LogStatus;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.autoresponse.service.LogService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Every auto-reply sent, and every one suppressed with the reason")
public class LogResource {

    private final LogService log;

    public LogResource(LogService log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "List log entries, newest first", description = "Filters combine with AND; keyset pagination.")
    @APIResponse(responseCode = "200", description = "One page of log entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Examples.LogPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.LOG_PAGE)))
    public Uni<Page<LogEntryView>> list(
            @RestQuery @Parameter(description = "Rule id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String ruleId,
            @RestQuery @Parameter(description = "Conversation id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String conversationId,
            @RestQuery @Parameter(description = "Sender id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String senderId,
            @RestQuery @Size(max = 320) @Parameter(description = "Sender email address") String senderEmail,
            @RestQuery @Parameter(description = "sent, suppressed or failed", schema = @Schema(enumeration = {"sent", "suppressed", "failed"})) String status,
            @RestQuery @Parameter(description = "Suppression reason", schema = @Schema(enumeration = {"auto_submitted", "bulk_or_list",
                    "own_auto_reply", "self", "cooldown", "conversation_limit", "empty_reply", "no_reply_action"})) String reason,
            @RestQuery @Parameter(description = "Created at or after (ISO-8601 with offset)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @RestQuery @Parameter(description = "Created before (ISO-8601 with offset)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String until,
            @Valid @BeanParam PageParams page) {
        return log.list(new LogRepository.Filter(
                QueryParams.uuid("ruleId", ruleId),
                QueryParams.uuid("conversationId", conversationId),
                QueryParams.uuid("senderId", senderId),
                senderEmail,
                QueryParams.enumValue("status", status, LogStatus.values()),
                QueryParams.enumValue("reason", reason, SuppressionReason.values()),
                QueryParams.timestamp("from", from),
                QueryParams.timestamp("until", until)), page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get one log entry")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = LogEntryView.class)))
    public Uni<LogEntryView> get(@RestPath UUID id) {
        return log.get(id);
    }
}
