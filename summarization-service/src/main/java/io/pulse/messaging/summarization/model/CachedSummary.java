package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored summary as a cache hit or a GET reads it: the values of its columns, not a managed entity. */
public record CachedSummary(UUID id, UUID conversationId, SummaryType type, LocalDate date, String timeZone, String engine,
        String fallbackReason,
        OffsetDateTime createdAt, OffsetDateTime expiresAt, SummaryContent content) {
}
