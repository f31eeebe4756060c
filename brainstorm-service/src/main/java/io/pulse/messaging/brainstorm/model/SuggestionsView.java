package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a suggestion request, fresh or from the 24-hour cache. */
@Schema(description = "Suggested ideas, from the cache when the same question was answered in the last 24 hours", example = Examples.SUGGESTIONS_VIEW)
public record SuggestionsView(String step, @Schema(example = "local") String engine, boolean cached,
        OffsetDateTime generatedAt, OffsetDateTime expiresAt, List<SuggestionView> suggestions) {
}
