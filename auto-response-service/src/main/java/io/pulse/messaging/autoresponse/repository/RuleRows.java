package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot reads of rules on the reactive SQL client (prepared statements, constant SQL, rows mapped by hand): the rules
 * list page by page, and evaluation's rules version and enabled rules. Every statement is limited to the scope's user as
 * well as by row-level security.
 */
@Singleton
public class RuleRows {

    /** A stored rule as read: the columns the API shows and the compiler needs ({@code conditions} as JSON text). */
    public record StoredRule(UUID id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String kind, String name, boolean enabled,
                             int priority, String conditions, String template, String internalTemplate, boolean personalise,
                             boolean generatedReply, String replySubject, String tone, String timeZone, int cooldownSeconds,
                             UUID cannedResponseId, String actions) {

        /** A rule that answers with its own template and only replies. */
        public StoredRule(UUID id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String kind, String name, boolean enabled, int priority,
                          String conditions, String template, String internalTemplate, boolean personalise, boolean generatedReply,
                          String replySubject, String tone, String timeZone, int cooldownSeconds) {
            this(id, createdAt, updatedAt, kind, name, enabled, priority, conditions, template, internalTemplate, personalise, generatedReply,
                    replySubject, tone, timeZone, cooldownSeconds, null, null);
        }

        /** The rule as the services change and compile it, with these values. */
        public AutoResponseRule detached() {
            AutoResponseRule rule = new AutoResponseRule();
            rule.setId(id);
            rule.setCreatedAt(createdAt);
            rule.setUpdatedAt(updatedAt);
            rule.setKind(kind);
            rule.setName(name);
            rule.setEnabled(enabled);
            rule.setPriority(priority);
            rule.setConditions(conditions);
            rule.setResponseTemplate(template);
            rule.setInternalTemplate(internalTemplate);
            rule.setPersonalise(personalise);
            rule.setGeneratedReply(generatedReply);
            rule.setReplySubject(replySubject);
            rule.setTone(tone);
            rule.setTimeZone(timeZone);
            rule.setCooldownSeconds(cooldownSeconds);
            rule.setCannedResponseId(cannedResponseId);
            rule.setActions(actions);
            return rule;
        }
    }

    /** The stored rule's columns ({@link #stored}'s order) of the user's rules; {@code $1} is the user. */
    static final String COLUMNS = "select id, created_at, updated_at, kind, name, enabled, priority, conditions::text,"
            + " response_template, internal_template, personalise, generated_reply, reply_subject, tone, time_zone, cooldown_seconds,"
            + " canned_response_id, actions::text from auto_response.message_auto_responses where user_id = $1";
    private static final String FILTERS = " and ($2::boolean is null or enabled = $2) and ($3::text is null or kind = $3)"
            + " and ($4::text is null or lower(name) like $4 escape '\\')";
    static final String ORDER = " order by priority, created_at, id";
    private static final String FIRST_PAGE = COLUMNS + FILTERS + ORDER + " limit $5";
    private static final String LATER_PAGE = COLUMNS + FILTERS + " and (priority, created_at, id) > ($6::integer, $7::timestamptz, $8::uuid)" + ORDER + " limit $5";
    private static final String ENABLED = COLUMNS + " and enabled" + ORDER;
    private static final String VERSION = "select coalesce((select version from auto_response.message_auto_response_rule_versions"
            + " where user_id = $1), 0)";
    private static final String LOCK_VERSION = "select version from auto_response.message_auto_response_rule_versions"
            + " where user_id = $1 for share";

    /** A keyset page in evaluation order (lower priority, then older, then by id), with optional filters. */
    public Uni<Page<StoredRule>> page(SqlScope scope, Boolean enabled, String kind, String nameContains, PageParams page) {
        String name = nameContains == null || nameContains.isBlank() ? null
                : "%" + nameContains.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Tuple arguments = Tuple.of(scope.userId(), enabled, kind, name, page.limit() + 1);
        String sql = FIRST_PAGE;
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 3);
            arguments.addInteger((int) cursor.number(0)).addOffsetDateTime(cursor.timestamp(1)).addUUID(cursor.uuid(2));
            sql = LATER_PAGE;
        }
        return scope.query(sql, arguments)
                .map(rows -> Page.of(Rows.all(rows, RuleRows::stored), page.limit(), r -> Cursor.of(r.priority(), r.createdAt(), r.id())));
    }

    /** The user's enabled rules in evaluation order (the partial index on enabled rules serves it). */
    public Uni<List<StoredRule>> enabledInOrder(SqlScope scope) {
        return scope.query(ENABLED, Tuple.of(scope.userId())).map(rows -> Rows.all(rows, RuleRows::stored));
    }

    /** The user's rules version (0 when the user never saved a rule). */
    public Uni<Long> rulesVersion(SqlScope scope) {
        return scope.query(VERSION, Tuple.of(scope.userId())).map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * The user's rules version (0 when the user never saved a rule), share-locked until the transaction ends: a change bumps
     * the version first, so while this lock is held no rule of the user changes.
     */
    public Uni<Long> lockRulesVersion(SqlScope scope) {
        return scope.query(LOCK_VERSION, Tuple.of(scope.userId()))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong(0));
    }

    static StoredRule stored(Row row) {
        return new StoredRule(row.getUUID(0), row.getOffsetDateTime(1), row.getOffsetDateTime(2), row.getString(3), row.getString(4),
                row.getBoolean(5), row.getInteger(6), row.getString(7), row.getString(8), row.getString(9), row.getBoolean(10),
                row.getBoolean(11), row.getString(12), row.getString(13), row.getString(14), row.getInteger(15),
                row.getUUID(16), row.getString(17));
    }
}
