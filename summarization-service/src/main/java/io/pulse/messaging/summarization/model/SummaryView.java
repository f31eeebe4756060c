package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A summary as the API returns it. */
@Schema(name = "Summary", description = "A thread summary or a daily digest", example = Examples.SUMMARY)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryView(
        UUID id,
        @Schema(description = "The conversation summarised; absent for a digest over several conversations", nullable = true) UUID conversationId,
        SummaryType type,
        @Schema(description = "Daily digests: the reader's day", nullable = true) LocalDate date,
        @Schema(description = "The reader's time zone the due dates and the day resolve in", example = "America/New_York") String timeZone,
        @Schema(description = "The engine that produced it: llm:<model> (a language model, its answer checked against the "
                + "messages), local (the local engine), or local-fallback (the local engine, because the model's answer "
                + "could not be used: see fallbackReason)", example = "local") String engine,
        @Schema(description = "Why the local engine answered instead of the model (engine local-fallback): timeout, "
                + "rate-limited, invalid-output, unavailable, circuit-open or over-budget; null otherwise", nullable = true,
                example = "timeout")
        @JsonInclude(JsonInclude.Include.ALWAYS) String fallbackReason,
        @Schema(description = "True when served from the 10-minute cache without running the engine") boolean cached,
        OffsetDateTime createdAt,
        @Schema(description = "30 days after creation; an expired summary is never returned") OffsetDateTime expiresAt,
        @Schema(description = "A short paragraph, statements attributed by name") String summary,
        List<KeyPointView> keyPoints,
        List<ActionItemView> actionItems,
        List<DecisionView> decisions,
        List<OpenQuestionView> openQuestions,
        List<ParticipantView> participants,
        CoverageView coverage,
        @Schema(description = "Daily digests: per conversation highlights, what concerns the reader first", nullable = true)
        List<DigestConversationView> conversations) {

    /** This summary as served to a request that did not compute it. */
    public SummaryView asCached() {
        return cached ? this : new SummaryView(id, conversationId, type, date, timeZone, engine, fallbackReason, true, createdAt,
                expiresAt, summary, keyPoints, actionItems, decisions, openQuestions, participants, coverage, conversations);
    }

    /** A summary served from the cache. */
    public static SummaryView cached(CachedSummary s) {
        return stored(s, true);
    }

    /** A stored summary as read on the SQL client. */
    public static SummaryView stored(CachedSummary s, boolean cached) {
        SummaryContent c = s.content();
        return new SummaryView(s.id(), s.conversationId(), s.type(), s.date(), s.timeZone(), s.engine(), s.fallbackReason(), cached,
                s.createdAt(), s.expiresAt(), c.summary(), c.keyPoints(), c.actionItems(), c.decisions(), c.openQuestions(),
                c.participants(), c.coverage(), c.conversations());
    }
}
