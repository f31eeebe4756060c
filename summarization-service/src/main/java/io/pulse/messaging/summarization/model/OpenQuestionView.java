package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An open question of a summary or digest. */
@Schema(name = "OpenQuestion", description = "A question nobody answered later in the thread")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenQuestionView(
        @Schema(example = "Does anyone know if legal has approved the new privacy policy?") String text,
        PersonView askedBy,
        List<UUID> messageIds,
        @Schema(nullable = true) UUID conversationId) {
}
