package io.pulse.messaging.summarization.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryType;

/**
 * What a summary or digest request resolved to once validated: whose it is, what is stored with it, its cache key, and
 * the engine work that computes it (run only on a cache miss).
 */
record SummaryJob(UUID owner, UUID conversationId, SummaryType type, LocalDate date, ZoneId zone, int messageCount,
        String key, Supplier<SummaryContent> compute) {
}
