package io.pulse.messaging.common.lifecycle;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * The data lifecycle endpoints every service has under its own prefix (a subclass's {@code @Path}, for example
 * {@code /api/summaries}): {@code DELETE users/{userId}} erases a user's data, {@code GET erasures/{id}} shows an
 * erasure's progress, {@code GET audit} pages through the caller's audit trail.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class LifecycleResource {

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "AuditPage")
    public static class AuditPage {
        public java.util.List<AuditEntry> items;
        @Schema(nullable = true)
        public String nextCursor;
    }

    private static final String RUNNING = """
            {"id": "7c1e9a52-0d3b-4f6e-9a8d-2b5c4e6f7a81", "state": "running", "rowsRemoved": 12000,
             "requestedBy": "service:account-deletion", "requestedAt": "2026-12-04T09:30:00Z", "finishedAt": null}""";
    private static final String DONE = """
            {"id": "7c1e9a52-0d3b-4f6e-9a8d-2b5c4e6f7a81", "state": "done", "rowsRemoved": 48213,
             "requestedBy": "self", "requestedAt": "2026-12-04T09:30:00Z", "finishedAt": "2026-12-04T09:30:41Z"}""";
    private static final String AUDIT_PAGE = """
            {"items": [{"id": 42, "occurredAt": "2026-12-04T09:12:03Z", "actor": "user:0b9f7a0e-3c1e-4d35-9a55-2f0b8d0f3c11",
              "action": "rule.updated", "targetType": "rule", "targetId": "9b0c6a8e-6f7e-4a37-8f51-2c5c1b8f0d2e",
              "changes": {"fields": ["priority", "enabled"], "priority": 2, "enabled": false}}],
             "nextCursor": "NDE"}""";

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "ErasurePage")
    public static class ErasurePage {
        public java.util.List<ErasureStatus> items;
        @Schema(nullable = true)
        public String nextCursor;
    }

    @Inject
    UserErasure erasure;
    @Inject
    SqlAuditTrail audit;
    @Inject
    SqlOwnership ownership;
    @Inject
    CurrentUser currentUser;

    /** The service's path prefix, as in the subclass's {@code @Path}. */
    protected abstract String prefix();

    @DELETE
    @Path("users/{userId}")
    @Operation(summary = "Erase a user's data in this service",
            description = "Removes everything the user owns in this service, and their traces in other users' objects, in "
                    + "short batches. A service token may erase any user; a user may erase themself (userId = the token's "
                    + "subject). 204 when the erasure is complete (also when there was nothing left: the call is "
                    + "idempotent); 202 with a Location to follow while it goes on in the background. The user's live "
                    + "streams are closed on every replica.")
    @APIResponse(responseCode = "204", description = "Erased: nothing of the user is left in this service")
    @APIResponse(responseCode = "202", description = "Erasing in the background; follow Location for its progress",
            content = @Content(schema = @Schema(implementation = ErasureStatus.class),
                    examples = @ExampleObject(name = "running", value = RUNNING)))
    @APIResponse(responseCode = "404", description = "A user token naming another user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<Response> erase(@RestPath UUID userId) {
        String requester = requester(userId);
        return erasure.erase(userId, requester).map(status -> status.done()
                ? Response.noContent().build()
                : Response.accepted(status).location(URI.create(prefix() + "/erasures/" + status.id())).build());
    }

    @GET
    @Path("erasures/{erasureId}")
    @Operation(summary = "An erasure's progress",
            description = "Who asked, when, how many rows were removed, and whether it is done; never whose data it was. "
                    + "The erasure's id is its only key: anyone holding the Location of a 202 may follow it.")
    @APIResponse(responseCode = "200", description = "The erasure's record",
            content = @Content(schema = @Schema(implementation = ErasureStatus.class),
                    examples = { @ExampleObject(name = "running", value = RUNNING), @ExampleObject(name = "done", value = DONE) }))
    @APIResponse(responseCode = "404", description = "No such erasure (or its record is past retention)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<ErasureStatus> erasure(@RestPath UUID erasureId) {
        return erasure.status(erasureId);
    }

    @GET
    @Path("erasures")
    @Operation(summary = "The erasures of this service (operators)",
            description = "Every erasure request, newest first, keyset-paginated: who asked, when, how many rows, whether "
                    + "it is done; never whose data it was. Service tokens only.")
    @APIResponse(responseCode = "200", description = "One page of erasure records",
            content = @Content(schema = @Schema(implementation = ErasurePage.class),
                    examples = @ExampleObject(name = "one erasure", value = "{\"items\": [" + DONE + "], \"nextCursor\": null}")))
    @APIResponse(responseCode = "403", description = "A user token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<Page<ErasureStatus>> erasures(@Valid @BeanParam PageParams page) {
        if (!currentUser.isService()) {
            throw ApiException.forbidden("Only a service token may list erasures.");
        }
        return erasure.list(page);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The caller's audit trail",
            description = "Configuration changes to the caller's data in this service, newest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(implementation = AuditPage.class),
                    examples = @ExampleObject(name = "a rule changed", value = AUDIT_PAGE)))
    public Uni<Page<AuditEntry>> audit(@Valid @BeanParam PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> audit.page(scope, page));
    }

    /** {@code self} for a user erasing themself, {@code service:<subject>} for a service; 404 for a user naming another. */
    private String requester(UUID userId) {
        if (currentUser.isService()) {
            return currentUser.actorName();
        }
        if (!userId.equals(currentUser.subject())) {
            throw ApiException.notFound("user");
        }
        return "self";
    }
}
