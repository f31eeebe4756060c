package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The conversations' insight rows, on the reactive SQL client inside the scope's transaction: each statement one
 * prepared statement limited to the scope's user ({@code user_id = $1}), row-level security behind it. A row read
 * here is a plain value: {@link #update} writes it back.
 */
@Singleton
public class ConversationIntelligenceRepository {

    private static final String SELECT = "select id, conversation_id, updated_at, engine, fallback_reason, message_count,"
            + " last_message_at, sentiment_label, sentiment_score, sentiment_confidence, engagement_score, engagement_trend,"
            + " unanswered_questions, oldest_unanswered_at, insight::text, recent_sentiment::text, revision, title, channel,"
            + " sentiment_trend, sentiment_delta, open_follow_ups, oldest_open_follow_up_at"
            + " from intelligence.conversation_intelligence where user_id = $1";

    private static final String BY_CONVERSATION = SELECT + " and conversation_id = $2";

    /** The lock an update needs (not one on the key: the follow-up statuses that reference the row may still be added). */
    private static final String LOCK = BY_CONVERSATION + " for no key update";

    private static final String CREATE = "insert into intelligence.conversation_intelligence (id, user_id, created_at,"
            + " conversation_id, updated_at, engine) values ($2, $1, $3, $4, $3, 'local')"
            + " on conflict (user_id, conversation_id) do nothing";

    private static final String UPDATE = "update intelligence.conversation_intelligence set updated_at = $3, engine = $4,"
            + " fallback_reason = $5, message_count = $6, last_message_at = $7, sentiment_label = $8, sentiment_score = $9,"
            + " sentiment_confidence = $10, engagement_score = $11, engagement_trend = $12, unanswered_questions = $13,"
            + " oldest_unanswered_at = $14, insight = $15::text::jsonb, recent_sentiment = $16::text::jsonb, revision = $17,"
            + " title = $18, channel = $19, sentiment_trend = $20, sentiment_delta = $21, open_follow_ups = $22,"
            + " oldest_open_follow_up_at = $23 where user_id = $1 and id = $2";

    private static final String MOST_NEGATIVE = SELECT + " and message_count > 0 order by sentiment_score asc, id asc limit $2";
    private static final String DECLINING = SELECT + " and engagement_trend = 'declining'"
            + " order by engagement_score asc, id asc limit $2";
    private static final String WAITING_LONGEST = SELECT + " and oldest_unanswered_at is not null"
            + " order by oldest_unanswered_at asc, id asc limit $2";
    private static final String COUNT = "select count(*) from intelligence.conversation_intelligence"
            + " where user_id = $1 and message_count > 0";

    private final Clock clock;

    public ConversationIntelligenceRepository(Clock clock) {
        this.clock = clock;
    }

    /** The user's row of the conversation, or null. */
    public Uni<ConversationIntelligence> findByConversation(SqlScope scope, UUID conversationId) {
        return scope.query(BY_CONVERSATION, Tuple.of(scope.userId(), conversationId)).map(ConversationIntelligenceRepository::first);
    }

    /** The conversation's row, locked for this transaction, and whether this transaction created it. */
    public record Locked(ConversationIntelligence row, boolean created) {
    }

    /**
     * The conversation's row, created empty if this is its first analysis, locked for this transaction: analyses of
     * one conversation run one after the other, so none of them loses another's messages.
     */
    public Uni<Locked> lockOrCreate(SqlScope scope, UUID conversationId, OffsetDateTime now) {
        return scope.query(CREATE, Tuple.of(scope.userId(), Ids.newId(clock), now, conversationId))
                .chain(inserted -> lockExisting(scope, conversationId).map(row -> new Locked(row, inserted.rowCount() > 0)));
    }

    /** The conversation's row locked for this transaction, or null when the user has none. */
    public Uni<ConversationIntelligence> lockExisting(SqlScope scope, UUID conversationId) {
        return scope.query(LOCK, Tuple.of(scope.userId(), conversationId)).map(ConversationIntelligenceRepository::first);
    }

    /** Writes every changeable column of {@code row} (read, and locked, in this transaction). */
    public Uni<Void> update(SqlScope scope, ConversationIntelligence row) {
        Tuple values = Tuple.from(Arrays.asList(scope.userId(), row.getId(), row.getUpdatedAt(), row.getEngine(),
                row.getFallbackReason(), row.getMessageCount(), row.getLastMessageAt(), row.getSentimentLabel(),
                row.getSentimentScore(), row.getSentimentConfidence(), row.getEngagementScore(), row.getEngagementTrend(),
                row.getUnansweredQuestions(), row.getOldestUnansweredAt(), row.getInsight(), row.getRecentSentiment(),
                row.getRevision(), row.getTitle(), row.getChannel(), row.getSentimentTrend(), row.getSentimentDelta(),
                row.getOpenFollowUps(), row.getOldestOpenFollowUpAt()));
        return scope.query(UPDATE, values).replaceWithVoid();
    }

    public Uni<List<ConversationIntelligence>> mostNegative(SqlScope scope, int limit) {
        return list(scope, MOST_NEGATIVE, limit);
    }

    public Uni<List<ConversationIntelligence>> declining(SqlScope scope, int limit) {
        return list(scope, DECLINING, limit);
    }

    public Uni<List<ConversationIntelligence>> waitingLongest(SqlScope scope, int limit) {
        return list(scope, WAITING_LONGEST, limit);
    }

    /** How many of the user's conversations were analysed. */
    public Uni<Long> count(SqlScope scope) {
        return scope.query(COUNT, Tuple.of(scope.userId())).map(rows -> rows.iterator().next().getLong(0));
    }

    private static Uni<List<ConversationIntelligence>> list(SqlScope scope, String sql, int limit) {
        return scope.query(sql, Tuple.of(scope.userId(), limit)).map(rows -> {
            List<ConversationIntelligence> found = new ArrayList<>(rows.size());
            rows.forEach(row -> found.add(row(row)));
            return found;
        });
    }

    private static ConversationIntelligence first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? row(iterator.next()) : null;
    }

    private static ConversationIntelligence row(Row r) {
        ConversationIntelligence row = new ConversationIntelligence();
        row.setId(r.getUUID(0));
        row.setConversationId(r.getUUID(1));
        row.setUpdatedAt(r.getOffsetDateTime(2));
        row.setEngine(r.getString(3));
        row.setFallbackReason(r.getString(4));
        row.setMessageCount(r.getInteger(5));
        row.setLastMessageAt(r.getOffsetDateTime(6));
        row.setSentimentLabel(r.getString(7));
        row.setSentimentScore(r.getDouble(8));
        row.setSentimentConfidence(r.getDouble(9));
        row.setEngagementScore(r.getDouble(10));
        row.setEngagementTrend(r.getString(11));
        row.setUnansweredQuestions(r.getInteger(12));
        row.setOldestUnansweredAt(r.getOffsetDateTime(13));
        row.setInsight(r.getString(14));
        row.setRecentSentiment(r.getString(15));
        row.setRevision(r.getLong(16));
        row.setTitle(r.getString(17));
        row.setChannel(r.getString(18));
        row.setSentimentTrend(r.getString(19));
        row.setSentimentDelta(r.getDouble(20));
        row.setOpenFollowUps(r.getInteger(21));
        row.setOldestOpenFollowUpAt(r.getOffsetDateTime(22));
        return row;
    }
}
