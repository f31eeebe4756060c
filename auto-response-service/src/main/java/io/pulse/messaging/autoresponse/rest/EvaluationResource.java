package io.pulse.messaging.autoresponse.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.autoresponse.model.EvaluationBatchInput;
import io.pulse.messaging.autoresponse.model.EvaluationBatchView;
import io.pulse.messaging.autoresponse.model.EvaluationInput;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.model.Examples;
import io.pulse.messaging.autoresponse.service.EvaluationService;
import io.pulse.messaging.autoresponse.service.Responder;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/evaluate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Should this incoming message get an auto-reply, and what text?")
public class EvaluationResource {

    /** The evaluation semantics of rule actions, in the operations' descriptions. */
    static final String ACTIONS = "Rules are evaluated by priority (then age): the first matching rule with a reply action answers "
            + "(cooldown, conversation cap and loop guards unchanged); the tag and notify actions of every matching rule apply, before or "
            + "after the one that answers (a rule without reply does not stop evaluation); a matching rule with skip_other_rules stops "
            + "evaluation after itself. The answer and the log entry carry the tags (tags) and the rules that notified (notifiedRuleIds); "
            + "each notify action queues a signed event for its outbound webhook in the transaction that writes the log entry. Rules "
            + "that matched without any replying are logged with reason no_reply_action.";

    private final EvaluationService evaluation;
    private final CurrentUser currentUser;

    public EvaluationResource(EvaluationService evaluation, CurrentUser currentUser) {
        this.evaluation = evaluation;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Evaluate one incoming message", description = "Loop guards, then the first matching rule by priority, then the "
            + "conversation cap and the rule's per-sender cooldown. Sent and suppressed outcomes are logged; with dryRun=true nothing is "
            + "logged or claimed and every rule's verdict is explained. " + EvaluationResource.ACTIONS)
    @APIResponse(responseCode = "200", description = "The reply to send, or no reply and why",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "422", description = "The pattern work of this request (characters of content times the weights of the user's "
            + "patterns) is above the limit; nothing was evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too costly", value = Examples.PROBLEM_TOO_COSTLY)))
    @APIResponse(responseCode = "409", description = "The user's rules kept changing during the evaluation; nothing was recorded, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "rules changed", value = Examples.PROBLEM_RULES_CHANGED)))
    public Uni<EvaluationView> evaluate(@NotNull @Valid EvaluationInput message,
                                        @RestQuery @Parameter(description = "Explain without logging or claiming cooldowns: true or false (default)",
                                                schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        return evaluation.evaluate(user(message.userId()), message, dryRun(dryRun));
    }

    @POST
    @Path("batch")
    @Operation(summary = "Evaluate up to 500 messages for one user, in order", description = "One result per message, in the order given; "
            + "a later message sees the cooldowns and conversation counts of earlier ones. An invalid message or more than 500 is a 400 "
            + "and nothing is evaluated. " + EvaluationResource.ACTIONS)
    @APIResponse(responseCode = "200", description = "One result per message",
            content = @Content(schema = @Schema(implementation = EvaluationBatchView.class)))
    @APIResponse(responseCode = "422", description = "The pattern work of this request (characters of content times the weights of the user's "
            + "patterns) is above the limit; nothing was evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too costly", value = Examples.PROBLEM_TOO_COSTLY)))
    @APIResponse(responseCode = "409", description = "The user's rules kept changing during the evaluation; nothing was recorded, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "rules changed", value = Examples.PROBLEM_RULES_CHANGED)))
    public Uni<EvaluationBatchView> batch(@NotNull @Valid EvaluationBatchInput batch,
                                          @RestQuery @Parameter(description = "Explain without logging: true or false (default)",
                                                  schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        boolean explainOnly = dryRun(dryRun);
        for (int i = 0; i < batch.messages().size(); i++) {
            UUID named = batch.messages().get(i).userId();
            if (named != null && !named.equals(batch.userId() == null ? currentUser.id() : batch.userId())) {
                throw ApiException.invalid("messages[" + i + "].userId", "must be absent or the batch's user");
            }
        }
        return evaluation.evaluateBatch(user(batch.userId()), batch.messages(), explainOnly).map(EvaluationBatchView::new);
    }

    /** Strictly true or false: "1", "yes" or a typo must not run a real evaluation that logs and claims cooldowns. */
    private static boolean dryRun(String value) {
        return Boolean.TRUE.equals(QueryParams.bool("dryRun", value));
    }

    /** The user named in the body (a service token, or a user naming themself; 403 otherwise), else the request's user. */
    private Responder user(UUID named) {
        UUID user = named == null ? currentUser.id() : currentUser.actFor(named);
        String name = user.equals(currentUser.subject()) ? currentUser.displayName().orElse(null) : null;
        return new Responder(user, name);
    }
}
