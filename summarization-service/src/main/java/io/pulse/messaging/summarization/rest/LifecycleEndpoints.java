package io.pulse.messaging.summarization.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.common.lifecycle.LifecycleResource;

/**
 * Erasure ({@code DELETE /api/summaries/users/{userId}}), its status ({@code GET /api/summaries/erasures/{id}}) and the
 * caller's audit trail ({@code GET /api/summaries/audit}): the paths and rules are {@link LifecycleResource}'s.
 */
@Path("/api/summaries")
@Tag(name = "Data lifecycle", description = "Erasing a user's summaries, cache entries and audit trail; the audit trail of their changes")
public class LifecycleEndpoints extends LifecycleResource {

    @Override
    protected String prefix() {
        return "/api/summaries";
    }
}
