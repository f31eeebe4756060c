package io.pulse.messaging.autoresponse.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.autoresponse.model.OutOfOffice;
import io.pulse.messaging.autoresponse.service.RuleService;
import io.pulse.messaging.common.error.ApiException;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/out-of-office")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Out of office", description = "The user's one out-of-office reply (a rule of kind out_of_office)")
public class OutOfOfficeResource {

    private final RuleService rules;

    public OutOfOfficeResource(RuleService rules) {
        this.rules = rules;
    }

    @GET
    @Operation(summary = "Get the out-of-office reply")
    @APIResponse(responseCode = "200", description = "The settings; active tells whether it answers messages sent now",
            content = @Content(schema = @Schema(implementation = OutOfOffice.View.class)))
    @APIResponse(responseCode = "404", description = "The user has none",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "none", value = Examples.PROBLEM_NO_OUT_OF_OFFICE)))
    public Uni<OutOfOffice.View> get() {
        return rules.outOfOffice().map(view -> {
            if (view == null) {
                throw ApiException.notFound("Out-of-office reply");
            }
            return view;
        });
    }

    @PUT
    @Operation(summary = "Set the out-of-office reply", description = "Creates or replaces it: date range, message, a different message "
            + "for internal senders, audience, one reply per sender per cooldown.")
    @APIResponse(responseCode = "200", description = "The settings as saved", content = @Content(schema = @Schema(implementation = OutOfOffice.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid settings (unknown placeholder, until before from, unknown zone); nothing is changed",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown placeholder", value = Examples.PROBLEM_VALIDATION)))
    public Uni<OutOfOffice.View> put(@NotNull @Valid OutOfOffice.Input input) {
        return rules.putOutOfOffice(input);
    }

    @DELETE
    @Operation(summary = "Remove the out-of-office reply")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The user has none",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "none", value = Examples.PROBLEM_NO_OUT_OF_OFFICE)))
    public Uni<Response> delete() {
        return rules.deleteOutOfOffice().map(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Out-of-office reply");
            }
            return Response.noContent().build();
        });
    }
}
