package io.pulse.messaging.summarization.model;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant of the summarised messages, with how many they sent. */
@Schema(name = "Participant")
public record ParticipantView(UUID id, String name, @Schema(example = "5") int messageCount) {
}
