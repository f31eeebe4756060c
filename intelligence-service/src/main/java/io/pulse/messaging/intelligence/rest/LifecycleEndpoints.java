package io.pulse.messaging.intelligence.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.common.lifecycle.LifecycleResource;

/**
 * The data lifecycle under this service's prefix: {@code DELETE /api/intelligence/users/{userId}} (erasure),
 * {@code GET /api/intelligence/erasures/{id}} (its progress), {@code GET /api/intelligence/audit} (the caller's trail).
 */
@Path(LifecycleEndpoints.PREFIX)
@Tag(name = "Data lifecycle", description = "Erase a user's intelligence data; the audit trail of your saved topic changes")
public class LifecycleEndpoints extends LifecycleResource {

    static final String PREFIX = "/api/intelligence";

    @Override
    protected String prefix() {
        return PREFIX;
    }
}
