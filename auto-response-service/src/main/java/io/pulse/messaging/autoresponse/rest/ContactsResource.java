package io.pulse.messaging.autoresponse.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.autoresponse.model.ContactImport;
import io.pulse.messaging.autoresponse.model.ContactInput;
import io.pulse.messaging.autoresponse.model.ContactView;
import io.pulse.messaging.autoresponse.model.LibraryExamples;
import io.pulse.messaging.autoresponse.service.ContactService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The user's known contacts: for audiences such as the out-of-office's \"my contacts only\"")
public class ContactsResource {

    private final ContactService contacts;

    public ContactsResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "List contacts", description = "Newest first; keyset pagination; q finds contacts whose address or name starts with it.")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            content = @Content(schema = @Schema(implementation = LibraryExamples.ContactPage.class),
                    examples = @ExampleObject(name = "page", value = LibraryExamples.CONTACTS_PAGE)))
    public Uni<Page<ContactView>> list(
            @RestQuery @Size(max = 320) @Parameter(description = "Address or name prefix (case-insensitive)") String q,
            @Valid @BeanParam PageParams page) {
        return contacts.list(q, page);
    }

    @POST
    @Operation(summary = "Add a contact", description = "A sender with this address or id is then a known contact. 409 when the address "
            + "or id is listed already.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactInput.class),
            examples = @ExampleObject(name = "contact", value = LibraryExamples.CONTACT_INPUT)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ContactView.class),
            examples = @ExampleObject(name = "contact", value = LibraryExamples.CONTACT)))
    public Uni<Response> add(@NotNull @Valid ContactInput input) {
        return contacts.add(input).map(view -> Response.status(201).entity(view).build());
    }

    @POST
    @Path("import")
    @Operation(summary = "Add many contacts", description = "Up to 1,000 at once; those already listed (or repeated) are skipped, never changed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactImport.class),
            examples = @ExampleObject(name = "import", value = LibraryExamples.CONTACTS_IMPORT)))
    @APIResponse(responseCode = "200", description = "How many were added", content = @Content(schema = @Schema(implementation = ContactImport.Result.class),
            examples = @ExampleObject(name = "imported", value = LibraryExamples.CONTACTS_IMPORTED)))
    public Uni<ContactImport.Result> importAll(@NotNull @Valid ContactImport input) {
        return contacts.importAll(input);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a contact")
    @APIResponse(responseCode = "200", description = "The contact", content = @Content(schema = @Schema(implementation = ContactView.class),
            examples = @ExampleObject(name = "contact", value = LibraryExamples.CONTACT)))
    public Uni<ContactView> get(@RestPath UUID id) {
        return contacts.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> delete(@RestPath UUID id) {
        return contacts.delete(id).map(v -> Response.noContent().build());
    }
}
