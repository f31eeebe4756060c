package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.brainstorm.service.ErasureNotices;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.lifecycle.LifecycleResource;
import io.smallrye.mutiny.Uni;

/**
 * Erasure ({@code DELETE /api/brainstorm/users/{userId}}), its progress ({@code GET /api/brainstorm/erasures/{id}}) and
 * the caller's audit trail ({@code GET /api/brainstorm/audit}).
 */
@Path(LifecycleEndpoints.PREFIX)
@Tag(name = "Data lifecycle", description = "Erasing a user's data, and the audit trail of configuration changes")
public class LifecycleEndpoints extends LifecycleResource {

    static final String PREFIX = "/api/brainstorm";

    @Inject
    ErasureNotices notices;
    @Inject
    CurrentUser caller;

    @Override
    protected String prefix() {
        return PREFIX;
    }

    /** The base's erasure (its annotations are inherited), after noting the sessions whose members must hear of it. */
    @Override
    public Uni<Response> erase(UUID userId) {
        if (!caller.isService() && !userId.equals(caller.subject())) {
            return super.erase(userId); // the base's 404
        }
        return notices.prepare(userId).chain(prepared -> super.erase(userId)
                .invoke(response -> notices.answered(userId, prepared, response.getStatus() == Response.Status.NO_CONTENT.getStatusCode())));
    }
}
