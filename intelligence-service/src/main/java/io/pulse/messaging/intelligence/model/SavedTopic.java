package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A custom topic a user saved, a row of {@code saved_topic}: looked for in every later analysis of the user's
 * conversations.
 *
 * @param keywords a JSON array of strings, as text
 * @param examples a JSON array of strings, as text
 */
public record SavedTopic(UUID id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String name, String description,
        String keywords, String examples) {

    /** This topic with the fields a user gives (its id and creation time kept). */
    public SavedTopic with(OffsetDateTime updated, String newName, String newDescription, String newKeywords, String newExamples) {
        return new SavedTopic(id, createdAt, updated, newName, newDescription, newKeywords, newExamples);
    }
}
