package io.pulse.messaging.autoresponse.model;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as the client adds it: an address, a sender id, or both (one at least). */
@Schema(name = "ContactInput", description = "A known contact: a sender with this address or id is a known contact",
        example = LibraryExamples.CONTACT_INPUT)
public record ContactInput(
        @Size(min = 3, max = 320) @Email(regexp = ".+@[^@\\s]+", message = "must be an email address")
        @Schema(description = "The sender's address (compared case-insensitively)") String email,
        @Schema(description = "The sender's user id, as the caller sends it in sender.id") UUID senderId,
        @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") @Schema(description = "A name to find the contact by")
        String name) {

    /** Whether it names a sender at all. */
    public boolean identified() {
        return senderId != null || email != null && !email.isBlank();
    }
}
