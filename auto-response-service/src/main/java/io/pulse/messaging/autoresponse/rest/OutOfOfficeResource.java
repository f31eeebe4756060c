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

import io.pulse.messaging.autoresponse.model.Examples;
import io.pulse.messaging.autoresponse.model.OutOfOfficeInput;
import io.pulse.messaging.autoresponse.model.OutOfOfficeView;
import io.pulse.messaging.autoresponse.service.OutOfOfficeService;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/out-of-office")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Out of office", description = "The user's one out-of-office reply (a rule of kind out_of_office)")
public class OutOfOfficeResource {

    private final OutOfOfficeService outOfOffice;

    public OutOfOfficeResource(OutOfOfficeService outOfOffice) {
        this.outOfOffice = outOfOffice;
    }

    @GET
    @Operation(summary = "Get the out-of-office reply")
    @APIResponse(responseCode = "200", description = "The settings; active tells whether it answers messages sent now",
            content = @Content(schema = @Schema(implementation = OutOfOfficeView.class)))
    @APIResponse(responseCode = "404", description = "The user has none",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "none", value = Examples.PROBLEM_NO_OUT_OF_OFFICE)))
    public Uni<OutOfOfficeView> get() {
        return outOfOffice.get().map(view -> {
            if (view == null) {
                throw ApiException.notFound("Out-of-office reply");
            }
            return view;
        });
    }

    @PUT
    @Operation(summary = "Set the out-of-office reply", description = "Creates or replaces it: date range, message, a different message "
            + "for internal senders, audience, one reply per sender per cooldown. Invalid settings (an unknown placeholder, until before from, "
            + "an unknown zone) change nothing.")
    @APIResponse(responseCode = "200", description = "The settings as saved", content = @Content(schema = @Schema(implementation = OutOfOfficeView.class)))
    @APIResponse(responseCode = "422", description = "Creating it would exceed the rules one user may have (1,000 by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too many rules", value = Examples.PROBLEM_TOO_MANY_RULES)))
    public Uni<OutOfOfficeView> put(@NotNull @Valid OutOfOfficeInput input) {
        return outOfOffice.put(input);
    }

    @DELETE
    @Operation(summary = "Remove the out-of-office reply")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The user has none",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "none", value = Examples.PROBLEM_NO_OUT_OF_OFFICE)))
    public Uni<Response> delete() {
        return outOfOffice.delete().map(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Out-of-office reply");
            }
            return Response.noContent().build();
        });
    }
}
