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

import io.pulse.messaging.autoresponse.engine.Names;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine;
import io.pulse.messaging.autoresponse.model.SuggestionRequest;
import io.pulse.messaging.autoresponse.model.SuggestionsView;

@Path("/api/auto-responses/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Smart replies", description = "Short reply suggestions for an incoming message")
public class SuggestionResource {

    private final SuggestionEngine engine;

    public SuggestionResource(SuggestionEngine engine) {
        this.engine = engine;
    }

    @POST
    @Operation(summary = "Suggest three short replies", description = "Chosen by what the message is (question, request, thanks, scheduling, "
            + "greeting, complaint, apology, urgent, information), each with a confidence; deterministic for the same input. Stores nothing.")
    @APIResponse(responseCode = "200", description = "Three distinct suggestions, strongest first",
            content = @Content(schema = @Schema(implementation = SuggestionsView.class)))
    public SuggestionsView suggest(@NotNull @Valid SuggestionRequest request) {
        SuggestionEngine.Result result = engine.suggest(request.content(), Names.firstName(request.senderName(), null));
        return new SuggestionsView(result.kinds().get(0).kind(),
                result.kinds().stream().map(k -> new SuggestionsView.KindScore(k.kind(), k.score())).toList(),
                result.suggestions().stream().map(s -> new SuggestionsView.Suggestion(s.text(), s.kind(), s.confidence())).toList(),
                result.engine());
    }
}
