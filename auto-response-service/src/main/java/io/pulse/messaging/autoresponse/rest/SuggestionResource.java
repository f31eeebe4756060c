package io.pulse.messaging.autoresponse.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.autoresponse.model.SuggestionRequest;
import io.pulse.messaging.autoresponse.model.SuggestionsView;
import io.pulse.messaging.autoresponse.service.SmartReplies;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Smart replies", description = "Short reply suggestions for an incoming message")
public class SuggestionResource {

    private final SmartReplies replies;

    public SuggestionResource(SmartReplies replies) {
        this.replies = replies;
    }

    @POST
    @Operation(summary = "Suggest short replies", description = "Replies that answer what the message says or asks, each with the kind "
            + "of message it answers (question, request, reschedule, scheduling, complaint, refund, thanks, information, urgent, greeting, "
            + "apology) and a "
            + "confidence. With a language model configured (feature smart-replies) they are written by it in the message's language "
            + "and the requested tone, and checked: no link, email address or phone number the message does not contain, no "
            + "placeholder, no claim that something was done; what fails is dropped, and when nothing is left the local engine "
            + "answers (engine local-fallback, fallbackReason says why). The local engine's three are deterministic for the same "
            + "input. The local engine answers in the message's language when it is English, German, French or Spanish; for any other "
            + "language it answers no suggestion, with unavailableReason language-not-supported, rather than English. The detected "
            + "language is in the answer. Stores nothing.")
    @APIResponse(responseCode = "200", description = "Distinct suggestions, strongest first",
            content = @Content(schema = @Schema(implementation = SuggestionsView.class)))
    public Uni<SuggestionsView> suggest(@NotNull @Valid SuggestionRequest request) {
        return replies.suggest(request);
    }
}
