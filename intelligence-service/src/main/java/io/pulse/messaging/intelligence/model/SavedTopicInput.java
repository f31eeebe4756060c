package io.pulse.messaging.intelligence.model;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A custom topic to save (create or replace). */
@Schema(name = "SavedTopicInput", description = "A custom topic, matched by meaning in every later analysis of your conversations",
        example = Examples.SAVED_TOPIC_INPUT)
public record SavedTopicInput(
        @NotBlank @Size(max = 60) @Schema(description = "1 to 60 characters, unique among your topics (case-insensitive)",
                example = "company travel") String name,
        @Size(max = 500) @Schema(description = "What the topic covers, up to 500 characters (optional)", nullable = true,
                example = "Business trips, offsites and team travel: flights, hotels, visas") String description,
        @Size(max = 20) @Schema(description = "Up to 20 keywords of up to 40 characters: one signal among others, and the evidence shown",
                nullable = true) List<@NotBlank @Size(max = 40) String> keywords,
        @Size(max = 10) @Schema(description = "Up to 10 example phrases of up to 200 characters, matched by meaning", nullable = true)
        List<@NotBlank @Size(max = 200) String> examples) {

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$");

    /**
     * Texts are trimmed of every kind of space (ideographic, no-break, em spaces too) before they are validated, so a
     * name of spaces is blank (400) and the limits count what is kept.
     */
    public SavedTopicInput {
        name = trimmed(name);
        description = trimmed(description);
        keywords = keywords == null ? null : keywords.stream().map(SavedTopicInput::trimmed).toList();
        examples = examples == null ? null : examples.stream().map(SavedTopicInput::trimmed).toList();
    }

    private static String trimmed(String text) {
        return text == null ? null : EDGE_SPACE.matcher(text).replaceAll("");
    }
}
