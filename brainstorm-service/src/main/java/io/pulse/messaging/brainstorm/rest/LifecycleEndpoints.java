package io.pulse.messaging.brainstorm.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.common.lifecycle.LifecycleResource;

/**
 * Erasure ({@code DELETE /api/brainstorm/users/{userId}}), its progress ({@code GET /api/brainstorm/erasures/{id}}) and
 * the caller's audit trail ({@code GET /api/brainstorm/audit}).
 */
@Path(LifecycleEndpoints.PREFIX)
@Tag(name = "Data lifecycle", description = "Erasing a user's data, and the audit trail of configuration changes")
public class LifecycleEndpoints extends LifecycleResource {

    static final String PREFIX = "/api/brainstorm";

    @Override
    protected String prefix() {
        return PREFIX;
    }
}
