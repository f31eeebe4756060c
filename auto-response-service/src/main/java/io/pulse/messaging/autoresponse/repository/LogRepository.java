package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseLogEntry;
import io.pulse.messaging.autoresponse.model.OwnedRow;
import io.pulse.messaging.common.api.NewestFirst;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The reads of the log of outcomes (evaluation writes it, {@link OutcomeStatements}), on the reactive SQL client inside the
 * scope's transaction, limited to the scope's user ({@code user_id = $1}) as well as by row-level security.
 */
@Singleton
public class LogRepository {

    /** Filters of the log list; each null means "any". */
    public record Filter(UUID ruleId, UUID conversationId, UUID senderId, String senderEmail, String status, String reason,
                         OffsetDateTime from, OffsetDateTime until) {
    }

    /** One (status, reason) of a rule's outcomes: how many, and the latest's time. */
    public record Tally(String status, String reason, long count, OffsetDateTime latest) {
    }

    private static final String T = "auto_response.message_auto_response_log";
    private static final String COLUMNS = "select id, created_at, rule_id, conversation_id, message_id, sender_id, sender_email,"
            + " sender_key, channel, status, reason, response_text, personalised, engine, fallback_reason, reply_subject, effects::text"
            + " from " + T + " where user_id = $1";
    private static final String FILTERS = " and ($2::uuid is null or rule_id = $2) and ($3::uuid is null or conversation_id = $3)"
            + " and ($4::uuid is null or sender_id = $4) and ($5::text is null or sender_email = $5) and ($6::text is null or status = $6)"
            + " and ($7::text is null or reason = $7) and ($8::timestamptz is null or created_at >= $8)"
            + " and ($9::timestamptz is null or created_at < $9)";
    private static final String FIRST = COLUMNS + FILTERS + NewestFirst.order(10);
    private static final String LATER = COLUMNS + FILTERS + NewestFirst.after(10) + NewestFirst.order(10);
    private static final String ONE = COLUMNS + " and id = $2";
    private static final String TALLY = "select status, reason, count(*), max(created_at) from " + T
            + " where user_id = $1 and rule_id = $2 group by status, reason";

    public Uni<Page<AutoResponseLogEntry>> page(SqlScope scope, Filter filter, PageParams page) {
        String email = filter.senderEmail() == null ? null : filter.senderEmail().strip().toLowerCase();
        // Arrays.asList: every filter may be null.
        Tuple arguments = Tuple.from(Arrays.asList(scope.userId(), filter.ruleId(), filter.conversationId(), filter.senderId(), email,
                filter.status(), filter.reason(), filter.from(), filter.until()));
        return NewestFirst.page(scope, FIRST, LATER, arguments, page, LogRepository::entry, OwnedRow::cursor);
    }

    /** The user's entry with this id, or null. */
    public Uni<AutoResponseLogEntry> findById(SqlScope scope, UUID id) {
        return scope.query(ONE, Tuple.of(scope.userId(), id)).map(rows -> Rows.first(rows, LogRepository::entry));
    }

    /** Per (status, reason): count and latest time, for one rule. */
    public Uni<List<Tally>> statsOfRule(SqlScope scope, UUID ruleId) {
        return scope.query(TALLY, Tuple.of(scope.userId(), ruleId)).map(rows -> Rows.all(rows,
                row -> new Tally(row.getString(0), row.getString(1), row.getLong(2), row.getOffsetDateTime(3))));
    }

    private static AutoResponseLogEntry entry(Row row) {
        AutoResponseLogEntry e = new AutoResponseLogEntry();
        e.setId(row.getUUID(0));
        e.setCreatedAt(row.getOffsetDateTime(1));
        e.setRuleId(row.getUUID(2));
        e.setConversationId(row.getUUID(3));
        e.setMessageId(row.getUUID(4));
        e.setSenderId(row.getUUID(5));
        e.setSenderEmail(row.getString(6));
        e.setSenderKey(row.getString(7));
        e.setChannel(row.getString(8));
        e.setStatus(row.getString(9));
        e.setReason(row.getString(10));
        e.setResponseText(row.getString(11));
        e.setPersonalised(row.getBoolean(12));
        e.setEngine(row.getString(13));
        e.setFallbackReason(row.getString(14));
        e.setReplySubject(row.getString(15));
        e.setEffects(row.getString(16));
        return e;
    }
}
