package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A known contact as the API gives it. */
@Schema(name = "Contact", description = "A known contact of the user", example = LibraryExamples.CONTACT)
public record ContactView(UUID id, @Schema(nullable = true) String email, @Schema(nullable = true) UUID senderId,
                          @Schema(nullable = true) String name, OffsetDateTime createdAt) {

    public static ContactView of(Contact contact) {
        return new ContactView(contact.getId(), contact.getEmail(), contact.getSenderId(), contact.getName(), contact.getCreatedAt());
    }
}
