package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The user's settings as the API gives them (defaults when never set). */
@Schema(name = "Settings", description = "The user's auto-reply settings", example = LibraryExamples.SETTINGS)
public record SettingsView(
        @Schema(description = "The user's own domains (lower case); senders from them or their subdomains are internal") List<String> internalDomains,
        @Schema(nullable = true, description = "When they were last changed; null when never set") OffsetDateTime updatedAt) {
}
