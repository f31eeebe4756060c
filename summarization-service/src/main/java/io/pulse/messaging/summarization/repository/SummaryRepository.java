package io.pulse.messaging.summarization.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.summarization.model.CachedSummary;
import io.pulse.messaging.summarization.model.SummaryType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The writes of stored summaries, on the reactive SQL client inside the scope's transaction: each one prepared statement,
 * limited to the scope's user ({@code user_id = $1}), row-level security behind it. The reads are {@link SummaryReads}'.
 */
@Singleton
public class SummaryRepository {

    /** The list filters; null members do not filter. */
    public record Filter(UUID conversationId, SummaryType type, OffsetDateTime createdFrom, OffsetDateTime createdBefore) {
    }

    private static final String INSERT = "insert into summarization.conversation_summaries (id, user_id, conversation_id,"
            + " summary_type, summary_date, time_zone, engine, fallback_reason, summary_text, content, message_count, created_at,"
            + " expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11, $12, $13)";

    /** $1 user, $2 id, $3 now: its cache entries go with it (on delete cascade). */
    private static final String DELETE_LIVE = "delete from summarization.conversation_summaries"
            + " where user_id = $1 and id = $2 and expires_at > $3";

    private final Clock clock;

    public SummaryRepository(Clock clock) {
        this.clock = clock;
    }

    /** A new id for a summary about to be stored (time-ordered, as every owned row's). */
    public UUID newId() {
        return Ids.newId(clock);
    }

    /** Stores a new summary of the scope's user, {@code summary.createdAt()} its creation time. */
    public Uni<Void> insert(SqlScope scope, CachedSummary summary, int messageCount) {
        // Arrays.asList: a digest has no conversation, a thread no date (nulls).
        Tuple values = Tuple.from(Arrays.asList(summary.id(), scope.userId(), summary.conversationId(), summary.type().value(), summary.date(),
                summary.timeZone(), summary.engine(), summary.fallbackReason(), summary.content().summary(),
                ContentJson.write(summary.content()), messageCount, summary.createdAt(), summary.expiresAt()));
        return scope.query(INSERT, values).replaceWithVoid();
    }

    /** Deletes the user's live summary with this id (its cache entries go with it); false when there is none. */
    public Uni<Boolean> deleteLive(SqlScope scope, UUID id, OffsetDateTime now) {
        return scope.query(DELETE_LIVE, Tuple.of(scope.userId(), id, now)).map(rows -> rows.rowCount() > 0);
    }
}
