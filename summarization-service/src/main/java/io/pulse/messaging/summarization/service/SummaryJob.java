package io.pulse.messaging.summarization.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryType;

/**
 * What a summary or digest request resolved to once validated: whose it is, what is stored with it, its cache key, how
 * long its computation may hold the key's lease, and the engine work that computes it (run only on a cache miss; it
 * blocks, and may call the model: never on the event loop, never inside a transaction) with the engine that answered.
 */
record SummaryJob(UUID owner, UUID conversationId, SummaryType type, LocalDate date, ZoneId zone, int messageCount,
        String key, Duration lease, Supplier<Generated<SummaryContent>> compute) {
}
