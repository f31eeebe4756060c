package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The small tables behind evaluation, on the reactive SQL client and always limited to the scope's user as well: the rules
 * version bumped by rule changes, and the cooldown read of dry runs and of the generated replies' pre-check. Evaluation's own reads and writes are
 * {@link RuleRows}' and {@link OutcomeStatements}'.
 */
@Singleton
public class EvaluationStateRepository {

    private static final String BUMP = "insert into auto_response.message_auto_response_rule_versions as v (user_id, version)"
            + " values ($1, nextval('auto_response.message_auto_response_rule_version_seq'))"
            + " on conflict (user_id) do update set version = excluded.version returning version";
    private static final String COOLDOWN = "select expires_at from auto_response.message_auto_response_cooldowns"
            + " where user_id = $1 and rule_id = $2 and sender_key = $3 and expires_at > $4";

    /**
     * Marks the user's rules as changed, in the transaction of the change. The new version comes from one sequence, so it is
     * greater than any version this user had before, even one whose row an erasure deleted: a replica holding rules compiled
     * at an older version always reloads.
     */
    public Uni<Long> bumpRulesVersion(SqlScope scope) {
        return scope.query(BUMP, Tuple.of(scope.userId())).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Until when the sender's cooldown for a rule runs, or null when it is free at {@code now}. */
    public Uni<OffsetDateTime> cooldownUntil(SqlScope scope, UUID ruleId, String senderKey, OffsetDateTime now) {
        return scope.query(COOLDOWN, Tuple.of(scope.userId(), ruleId, senderKey, now))
                .map(rows -> Rows.first(rows, row -> row.getOffsetDateTime(0)));
    }
}
