package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The statements that record a whole evaluation batch on the SQL client, each one statement for all its messages: the
 * conversations' locks, their recent replies, the senders' cooldown claims, the log rows; and the webhook delivery. Every
 * statement is limited to the scope's user as well as by row-level security.
 */
@Singleton
public class OutcomeStatements {

    /** A sender's cooldown slot of one rule. */
    public record CooldownKey(UUID ruleId, String senderKey) {
    }

    /** One audit log row; {@code tags} and {@code notifiedRuleIds} are never null (empty for none). */
    public record LogRow(UUID id, UUID ruleId, UUID conversationId, UUID messageId, UUID senderId, String senderEmail, String senderKey,
                         String channel, String status, String reason, String responseText, boolean personalised, String engine,
                         String fallbackReason, String replySubject, List<String> tags, List<UUID> notifiedRuleIds) {

        public LogRow(UUID id, UUID ruleId, UUID conversationId, UUID messageId, UUID senderId, String senderEmail, String senderKey,
                      String channel, String status, String reason, String responseText, boolean personalised, String engine,
                      String fallbackReason, String replySubject) {
            this(id, ruleId, conversationId, messageId, senderId, senderEmail, senderKey, channel, status, reason, responseText, personalised,
                    engine, fallbackReason, replySubject, List.of(), List.of());
        }

        public LogRow withEffects(List<String> tags, List<UUID> notifiedRuleIds) {
            return new LogRow(id, ruleId, conversationId, messageId, senderId, senderEmail, senderKey, channel, status, reason, responseText,
                    personalised, engine, fallbackReason, replySubject, List.copyOf(tags), List.copyOf(notifiedRuleIds));
        }
    }

    /** A row's tags and notifying rules as JSON (tags are lower-case letters, digits and -_.: only, uuids need no escaping either). */
    private static String effects(LogRow row) {
        if (row.tags().isEmpty() && row.notifiedRuleIds().isEmpty()) {
            return null;
        }
        return "{\"tags\": " + array(row.tags()) + ", \"notifiedRuleIds\": " + array(row.notifiedRuleIds()) + "}";
    }

    private static String array(List<?> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static final String LOCK_CONVERSATIONS = "insert into auto_response.message_auto_response_conversation_locks as l"
            + " (user_id, conversation_id, locked_at) select $1, c, $2 from unnest($3::uuid[]) as t(c)"
            + " on conflict (user_id, conversation_id) do update set locked_at = excluded.locked_at";
    private static final String SENT_SINCE = "select conversation_id, count(*) from auto_response.message_auto_response_log"
            + " where user_id = $1 and conversation_id = any($2::uuid[]) and status = 'sent' and created_at >= $3 group by conversation_id";
    private static final String LOCK_COOLDOWNS = "select rule_id, sender_key, expires_at from auto_response.message_auto_response_cooldowns"
            + " where user_id = $1 and (rule_id, sender_key) in (select r, s from unnest($2::uuid[], $3::text[]) as t(r, s))"
            + " order by rule_id, sender_key for update";
    private static final String CLAIM = "insert into auto_response.message_auto_response_cooldowns as c"
            + " (rule_id, sender_key, user_id, last_sent_at, expires_at)"
            + " select r, s, $1, $2, u from unnest($3::uuid[], $4::text[], $5::timestamptz[]) as t(r, s, u)"
            + " on conflict (user_id, rule_id, sender_key) do update set last_sent_at = excluded.last_sent_at, expires_at = excluded.expires_at"
            + " where c.expires_at <= excluded.last_sent_at returning rule_id, sender_key";
    private static final String INSERT_LOG = "insert into auto_response.message_auto_response_log (id, user_id, created_at, rule_id,"
            + " conversation_id, message_id, sender_id, sender_email, sender_key, channel, status, reason, response_text, personalised,"
            + " engine, fallback_reason, reply_subject, effects) select t.i, $1, $2, t.r, t.c, t.m, t.s, t.e, t.k, t.ch,"
            + " t.st, t.re, t.tx, t.p, t.en, t.f, t.su, coalesce(t.ef::jsonb, '{}')"
            + " from unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[],"
            + " $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[], $15::text[], $16::text[], $17::text[], $18::text[])"
            + " as t(i, r, c, m, s, e, k, ch, st, re, tx, p, en, f, su, ef)";
    private static final String DELIVERY_SEEN = "select true from auto_response.message_auto_response_webhook_deliveries"
            + " where user_id = $1 and signature = $2";
    private static final String RECORD_DELIVERY = "insert into auto_response.message_auto_response_webhook_deliveries"
            + " (signature, user_id, received_at) values ($2, $1, $3) on conflict (user_id, signature) do nothing returning true";

    /**
     * Serialises evaluations of these conversations of the user until the end of the transaction (the per-hour cap): row
     * locks on the user's own rows, taken in the order given (give them sorted, so that two batches never deadlock).
     */
    public Uni<Void> lockConversations(SqlScope scope, List<UUID> conversations, OffsetDateTime now) {
        return scope.query(LOCK_CONVERSATIONS, Tuple.of(scope.userId(), now, conversations.toArray(UUID[]::new))).replaceWithVoid();
    }

    /** Replies sent in each of these conversations since a time (absent: none). */
    public Uni<Map<UUID, Long>> sentSince(SqlScope scope, List<UUID> conversations, OffsetDateTime since) {
        return scope.query(SENT_SINCE, Tuple.of(scope.userId(), conversations.toArray(UUID[]::new), since)).map(rows -> {
            Map<UUID, Long> sent = new HashMap<>();
            for (Row row : rows) {
                sent.put(row.getUUID(0), row.getLong(1));
            }
            return sent;
        });
    }

    /** Replies sent in one conversation since a time (the hourly cap's count, read without a lock: for dry runs and pre-checks). */
    public Uni<Long> sentIn(SqlScope scope, UUID conversation, OffsetDateTime since) {
        return sentSince(scope, List.of(conversation), since).map(sent -> sent.getOrDefault(conversation, 0L));
    }

    /**
     * Locks the existing cooldown rows of these slots until the end of the transaction, in one statement, in the database's
     * order of (rule, sender): every batch takes them in that same order, so two batches of one user never wait on each
     * other's rows crosswise. A row's lock holder decides alone whether it is free, so a claim of a locked expired row
     * cannot fail.
     *
     * @return the existing slots' expiry (absent: no row yet)
     */
    public Uni<Map<CooldownKey, OffsetDateTime>> lockCooldowns(SqlScope scope, List<CooldownKey> slots) {
        Tuple arguments = Tuple.of(scope.userId(), slots.stream().map(CooldownKey::ruleId).toArray(UUID[]::new),
                slots.stream().map(CooldownKey::senderKey).toArray(String[]::new));
        return scope.query(LOCK_COOLDOWNS, arguments).map(rows -> {
            Map<CooldownKey, OffsetDateTime> expiries = new HashMap<>();
            for (Row row : rows) {
                expiries.put(new CooldownKey(row.getUUID(0), row.getString(1)), row.getOffsetDateTime(2));
            }
            return expiries;
        });
    }

    /**
     * Takes each sender's cooldown slot that is free (absent or expired), atomically, in the order given (sorted, distinct):
     * of two concurrent callers for the same slot, the second waits for the first's row lock and then finds it taken.
     *
     * @return the slots taken (this caller may reply)
     */
    public Uni<Set<CooldownKey>> claimCooldowns(SqlScope scope, Map<CooldownKey, OffsetDateTime> until, OffsetDateTime now) {
        List<CooldownKey> keys = List.copyOf(until.keySet());
        Tuple arguments = Tuple.of(scope.userId(), now, keys.stream().map(CooldownKey::ruleId).toArray(UUID[]::new),
                keys.stream().map(CooldownKey::senderKey).toArray(String[]::new), keys.stream().map(until::get).toArray(OffsetDateTime[]::new));
        return scope.query(CLAIM, arguments).map(rows -> {
            Set<CooldownKey> claimed = new HashSet<>();
            for (Row row : rows) {
                claimed.add(new CooldownKey(row.getUUID(0), row.getString(1)));
            }
            return claimed;
        });
    }

    /** Inserts the log rows, all created at {@code now}, in one statement. */
    public Uni<Void> insertLog(SqlScope scope, List<LogRow> rows, OffsetDateTime now) {
        Tuple arguments = Tuple.of(scope.userId(), now);
        arguments.addValue(rows.stream().map(LogRow::id).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(LogRow::ruleId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(LogRow::conversationId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(LogRow::messageId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(LogRow::senderId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(LogRow::senderEmail).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::senderKey).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::channel).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::status).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::reason).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::responseText).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::personalised).toArray(Boolean[]::new));
        arguments.addValue(rows.stream().map(LogRow::engine).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::fallbackReason).toArray(String[]::new));
        arguments.addValue(rows.stream().map(LogRow::replySubject).toArray(String[]::new));
        arguments.addValue(rows.stream().map(OutcomeStatements::effects).toArray(String[]::new));
        return scope.query(INSERT_LOG, arguments).replaceWithVoid();
    }

    /** One notify action's event for the outbox. */
    public record OutboxRow(UUID id, UUID webhookId, UUID ruleId, UUID logId, String payload) {
    }

    private static final String INSERT_OUTBOX = "insert into auto_response.message_auto_response_outbox"
            + " (id, user_id, webhook_id, rule_id, log_id, created_at, payload, next_attempt_at)"
            + " select t.i, $1, t.w, t.r, t.l, $2, t.p::jsonb, $2 from unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[])"
            + " as t(i, w, r, l, p) join auto_response.message_auto_response_outbound_webhooks h"
            + " on h.user_id = $1 and h.id = t.w and h.enabled";

    /**
     * Queues notify events in the outbox, in one statement, in the caller's transaction (the one that writes their log rows):
     * events for a webhook that is not the user's, or is disabled or deleted, are not queued.
     */
    public Uni<Void> insertOutbox(SqlScope scope, List<OutboxRow> rows, OffsetDateTime now) {
        Tuple arguments = Tuple.of(scope.userId(), now);
        arguments.addValue(rows.stream().map(OutboxRow::id).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(OutboxRow::webhookId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(OutboxRow::ruleId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(OutboxRow::logId).toArray(UUID[]::new));
        arguments.addValue(rows.stream().map(OutboxRow::payload).toArray(String[]::new));
        return scope.query(INSERT_OUTBOX, arguments).replaceWithVoid();
    }

    /** Whether a webhook delivery with this signature was accepted before (a replay). */
    public Uni<Boolean> deliverySeen(SqlScope scope, String signature) {
        return scope.query(DELIVERY_SEEN, Tuple.of(scope.userId(), signature)).map(rows -> rows.size() > 0);
    }

    /** Records a webhook delivery by its signature; false when it was seen before (a replay). */
    public Uni<Boolean> recordDelivery(SqlScope scope, String signature, OffsetDateTime now) {
        return scope.query(RECORD_DELIVERY, Tuple.of(scope.userId(), signature, now)).map(rows -> rows.size() > 0);
    }
}
