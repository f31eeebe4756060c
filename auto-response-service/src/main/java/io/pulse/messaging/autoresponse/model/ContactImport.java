package io.pulse.messaging.autoresponse.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many contacts at once; those already listed (by address or id) are left as they are. */
@Schema(name = "ContactImport", description = "Up to 1,000 contacts to add", example = LibraryExamples.CONTACTS_IMPORT)
public record ContactImport(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ContactInput> contacts) {

    /** How many were added, and how many were listed already (or repeated in the request). */
    @Schema(name = "ContactImportResult", example = LibraryExamples.CONTACTS_IMPORTED)
    public record Result(int added, int alreadyListed) {
    }
}
