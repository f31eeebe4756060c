package io.pulse.messaging.autoresponse.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.autoresponse.model.LibraryExamples;
import io.pulse.messaging.autoresponse.model.SettingsInput;
import io.pulse.messaging.autoresponse.model.SettingsView;
import io.pulse.messaging.autoresponse.service.SettingsService;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The user's own domains: senders from them are internal")
public class SettingsResource {

    private final SettingsService settings;

    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(summary = "Get the settings", description = "Defaults (no domains) when never set.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = SettingsView.class),
            examples = @ExampleObject(name = "settings", value = LibraryExamples.SETTINGS)))
    public Uni<SettingsView> get() {
        return settings.get();
    }

    @PUT
    @Operation(summary = "Replace the settings", description = "internalDomains: the user's own domains (subdomains included). A sender "
            + "whose address is in one of them is internal for every rule's audience and internal reply; the caller's internalSender flag "
            + "still makes any sender internal (a yes from either side wins). An invalid domain changes nothing (400).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SettingsInput.class),
            examples = @ExampleObject(name = "domains", value = LibraryExamples.SETTINGS_INPUT)))
    @APIResponse(responseCode = "200", description = "The settings as saved", content = @Content(schema = @Schema(implementation = SettingsView.class),
            examples = @ExampleObject(name = "settings", value = LibraryExamples.SETTINGS)))
    public Uni<SettingsView> put(@NotNull @Valid SettingsInput input) {
        return settings.put(input);
    }
}
