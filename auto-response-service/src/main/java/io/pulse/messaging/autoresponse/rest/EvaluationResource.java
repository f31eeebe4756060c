package io.pulse.messaging.autoresponse.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.autoresponse.model.EvaluationInput;
import io.pulse.messaging.autoresponse.model.EvaluationResult;
import io.pulse.messaging.autoresponse.service.EvaluationService;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.ApiException;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/evaluate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Should this incoming message get an auto-reply, and what text?")
public class EvaluationResource {

    private final EvaluationService evaluation;
    private final CurrentUser currentUser;

    public EvaluationResource(EvaluationService evaluation, CurrentUser currentUser) {
        this.evaluation = evaluation;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Evaluate one incoming message", description = "Loop guards, then the first matching rule by priority, then the "
            + "conversation cap and the rule's per-sender cooldown. Sent and suppressed outcomes are logged; with dryRun=true nothing is "
            + "logged or claimed and every rule's verdict is explained.")
    @APIResponse(responseCode = "200", description = "The reply to send, or no reply and why",
            content = @Content(schema = @Schema(implementation = EvaluationResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid message (missing fields, wrong types, unknown values, oversized content)")
    @APIResponse(responseCode = "403", description = "A user token named another user",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "act for", value = Examples.PROBLEM_ACT_FOR)))
    public Uni<EvaluationResult> evaluate(@NotNull @Valid EvaluationInput.Message message,
                                          @RestQuery @DefaultValue("false") @Parameter(description = "Explain without logging or claiming cooldowns") boolean dryRun) {
        return evaluation.evaluate(user(message.userId()), message, dryRun);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Evaluate up to 500 messages for one user, in order", description = "One result per message, in the order given; "
            + "a later message sees the cooldowns and conversation counts of earlier ones.")
    @APIResponse(responseCode = "200", description = "One result per message",
            content = @Content(schema = @Schema(implementation = EvaluationResult.Batch.class)))
    @APIResponse(responseCode = "400", description = "Invalid batch (over 500 messages, an invalid message); nothing is evaluated",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "too many", value = Examples.PROBLEM_BATCH_TOO_LARGE)))
    @APIResponse(responseCode = "403", description = "A user token named another user",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "act for", value = Examples.PROBLEM_ACT_FOR)))
    public Uni<EvaluationResult.Batch> batch(@NotNull @Valid EvaluationInput.Batch batch,
                                             @RestQuery @DefaultValue("false") @Parameter(description = "Explain without logging") boolean dryRun) {
        for (int i = 0; i < batch.messages().size(); i++) {
            UUID named = batch.messages().get(i).userId();
            if (named != null && !named.equals(batch.userId() == null ? currentUser.id() : batch.userId())) {
                throw ApiException.invalid("messages[" + i + "].userId", "must be absent or the batch's user");
            }
        }
        return evaluation.evaluateBatch(user(batch.userId()), batch.messages(), dryRun).map(EvaluationResult.Batch::new);
    }

    private EvaluationService.UserInfo user(UUID named) {
        UUID user = named == null ? currentUser.id() : currentUser.actFor(named);
        String name = user.equals(currentUser.subject()) ? currentUser.displayName().orElse(null) : null;
        return new EvaluationService.UserInfo(user, name);
    }
}
