package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The options of a summary request; every member is optional. */
@Schema(name = "SummaryOptions")
public record SummaryOptionsInput(
        @Min(1) @Max(MAX_KEY_POINTS) @Schema(description = "Maximum key points, 1 to 20 (default 5)", example = "5") Integer maxKeyPoints,
        @Schema(description = "The reader (default: the caller); a user may only name themself, a service token anyone", nullable = true) UUID readerId,
        @Size(max = 200) @Schema(description = "The reader's display name, to recognise mentions of a reader who wrote nothing in the thread", nullable = true, example = "Carol Diaz") String readerName,
        @Size(max = 64) @Schema(description = "The reader's IANA time zone (default UTC)", example = "America/New_York") String timeZone,
        @Schema(description = "daily_digest only: the reader's day to cover (default: the day of the latest message)", nullable = true) LocalDate date) {

    /** At most this many key points may be asked for. */
    public static final int MAX_KEY_POINTS = 20;
}
