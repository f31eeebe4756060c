package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The writes of rules and their reads for a change (the one rule, the user's rules for the save-time analysis), on the
 * reactive SQL client inside the scope's transaction: each one prepared statement limited to the scope's user
 * ({@code user_id = $1}), row-level security behind it. The hot reads are {@link RuleRows}'.
 */
@Singleton
public class RuleRepository {

    private static final String T = "auto_response.message_auto_responses";
    private static final String ALL = RuleRows.COLUMNS + RuleRows.ORDER;
    private static final String ONE = RuleRows.COLUMNS + " and id = $2";
    private static final String OUT_OF_OFFICE = RuleRows.COLUMNS + " and kind = '" + AutoResponseRule.KIND_OUT_OF_OFFICE + "' limit 1";
    private static final String USING_CANNED = RuleRows.COLUMNS + " and canned_response_id = $2" + RuleRows.ORDER;
    private static final String COUNT = "select count(*) from " + T + " where user_id = $1";
    /** $1 user, $2 id, $3 created, $4 kind, then the changeable columns ({@link #values}). */
    private static final String INSERT = "insert into " + T + " (user_id, id, created_at, kind, updated_at, name, enabled, priority,"
            + " conditions, response_template, internal_template, personalise, generated_reply, reply_subject, actions, tone, time_zone,"
            + " cooldown_seconds, canned_response_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11, $12, $13, $14,"
            + " $15::text::jsonb, $16, $17, $18, $19)";
    /** $1 user, $2 id, then the changeable columns ({@link #values}). */
    private static final String UPDATE = "update " + T + " set updated_at = $3, name = $4, enabled = $5, priority = $6,"
            + " conditions = $7::text::jsonb, response_template = $8, internal_template = $9, personalise = $10, generated_reply = $11,"
            + " reply_subject = $12, actions = $13::text::jsonb, tone = $14, time_zone = $15, cooldown_seconds = $16,"
            + " canned_response_id = $17 where user_id = $1 and id = $2";
    private static final String DELETE = "delete from " + T + " where user_id = $1 and id = $2";
    private static final String REWRITE_CANNED = "update " + T + " set response_template = $3, updated_at = $4"
            + " where user_id = $1 and canned_response_id = $2";

    private final Clock clock;

    public RuleRepository(Clock clock) {
        this.clock = clock;
    }

    /** The user's rule with this id, or null (absent and foreign look the same). */
    public Uni<AutoResponseRule> findById(SqlScope scope, UUID id) {
        return scope.query(ONE, Tuple.of(scope.userId(), id)).map(rows -> Rows.first(rows, RuleRepository::rule));
    }

    /** Every rule of the user in evaluation order (for the save-time analysis). */
    public Uni<List<AutoResponseRule>> allInOrder(SqlScope scope) {
        return scope.query(ALL, Tuple.of(scope.userId())).map(rows -> Rows.all(rows, RuleRepository::rule));
    }

    /** How many rules the user has, the out-of-office rule included. */
    public Uni<Long> count(SqlScope scope) {
        return scope.query(COUNT, Tuple.of(scope.userId())).map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<AutoResponseRule> findOutOfOffice(SqlScope scope) {
        return scope.query(OUT_OF_OFFICE, Tuple.of(scope.userId())).map(rows -> Rows.first(rows, RuleRepository::rule));
    }

    /** The user's rules answering with this canned response, in evaluation order. */
    public Uni<List<AutoResponseRule>> usingCanned(SqlScope scope, UUID cannedResponseId) {
        return scope.query(USING_CANNED, Tuple.of(scope.userId(), cannedResponseId)).map(rows -> Rows.all(rows, RuleRepository::rule));
    }

    /** Stores a new rule of the scope's user, giving it an id and its creation time (its update time, as canned responses and settings do). */
    public Uni<AutoResponseRule> insert(SqlScope scope, AutoResponseRule rule) {
        rule.stamp(Ids.newId(clock), rule.getUpdatedAt());
        return scope.query(INSERT, values(List.of(scope.userId(), rule.getId(), rule.getCreatedAt(), rule.getKind()), rule))
                .replaceWith(rule);
    }

    /** Writes the loaded rule's changeable columns (its kind and creation time never change). */
    public Uni<AutoResponseRule> update(SqlScope scope, AutoResponseRule rule) {
        return scope.query(UPDATE, values(List.of(scope.userId(), rule.getId()), rule)).replaceWith(rule);
    }

    /** Deletes the user's rule with this id; false when there is none. */
    public Uni<Boolean> deleteById(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    /** Rewrites the template copy of every rule of the user answering with this canned response; how many. */
    public Uni<Integer> rewriteCanned(SqlScope scope, UUID cannedResponseId, String template) {
        return scope.query(REWRITE_CANNED, Tuple.of(scope.userId(), cannedResponseId, template, Timestamps.now(clock)))
                .map(rows -> rows.rowCount());
    }

    /** {@code key}, then the changeable columns {@link #INSERT} and {@link #UPDATE} share, in their order. */
    private static Tuple values(List<Object> key, AutoResponseRule r) {
        List<Object> values = new ArrayList<>(key);
        // Arrays.asList: the templates, subject, actions and canned response may be null.
        values.addAll(Arrays.asList(r.getUpdatedAt(), r.getName(), r.isEnabled(), r.getPriority(), r.getConditions(),
                r.getResponseTemplate(), r.getInternalTemplate(), r.isPersonalise(), r.isGeneratedReply(), r.getReplySubject(),
                r.getActions(), r.getTone(), r.getTimeZone(), r.getCooldownSeconds(), r.getCannedResponseId()));
        return Tuple.from(values);
    }

    private static AutoResponseRule rule(Row row) {
        return RuleRows.stored(row).detached();
    }
}
