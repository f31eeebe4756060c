package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A canned response as the API gives it. */
@Schema(name = "CannedResponse", description = "A saved reply", example = LibraryExamples.CANNED)
public record CannedResponseView(UUID id, String name, String template, List<String> tags, OffsetDateTime createdAt,
                                 OffsetDateTime updatedAt) {
}
