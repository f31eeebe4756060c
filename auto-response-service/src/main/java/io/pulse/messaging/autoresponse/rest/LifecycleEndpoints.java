package io.pulse.messaging.autoresponse.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.common.lifecycle.LifecycleResource;

/**
 * Erasure ({@code DELETE /api/auto-responses/users/{userId}}), its progress ({@code GET .../erasures/{id}}) and the
 * caller's audit trail of rule and out-of-office changes ({@code GET .../audit}); the paths come from the base.
 */
@Path(LifecycleEndpoints.PREFIX)
@Tag(name = "Data lifecycle", description = "Erase a user's data; the audit trail of rule and out-of-office changes")
public class LifecycleEndpoints extends LifecycleResource {

    static final String PREFIX = "/api/auto-responses";

    @Override
    protected String prefix() {
        return PREFIX;
    }
}
