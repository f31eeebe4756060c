package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * The small tables behind evaluation on the Hibernate session (so row-level security applies), always limited to the
 * scope's user as well: the rules version bumped by rule changes, and the reads of dry runs. Evaluation's own reads and
 * writes run on the SQL client ({@link RuleRows}, {@link OutcomeStatements}).
 */
@Singleton
public class EvaluationStateRepository {

    /**
     * The user's rules version (0 when the user never saved a rule), locked against changes until the transaction ends:
     * a change bumps the version first, so while this share lock is held no rule of the user changes.
     */
    public Uni<Long> lockRulesVersion(UserScope scope) {
        return scope.session().createNativeQuery(
                        "select version from auto_response.message_auto_response_rule_versions where user_id = :owner for share", Long.class)
                .setParameter("owner", scope.userId())
                .getResultList()
                .map(rows -> rows.isEmpty() ? 0L : rows.get(0));
    }

    /**
     * Marks the user's rules as changed, in the transaction of the change. The new version comes from one sequence, so it is
     * greater than any version this user had before, even one whose row an erasure deleted: a replica holding rules compiled
     * at an older version always reloads.
     */
    public Uni<Long> bumpRulesVersion(UserScope scope) {
        return scope.session().createNativeQuery("""
                        insert into auto_response.message_auto_response_rule_versions as v (user_id, version)
                        values (:owner, nextval('auto_response.message_auto_response_rule_version_seq'))
                        on conflict (user_id) do update set version = excluded.version
                        returning version""", Long.class)
                .setParameter("owner", scope.userId())
                .getSingleResult();
    }

    /** Until when the sender's cooldown for a rule runs, or null when it is free at {@code now}. */
    public Uni<OffsetDateTime> cooldownUntil(UserScope scope, UUID ruleId, String senderKey, OffsetDateTime now) {
        return scope.session().createNativeQuery("""
                        select expires_at from auto_response.message_auto_response_cooldowns
                         where user_id = :owner and rule_id = :rule and sender_key = :sender and expires_at > :now""", OffsetDateTime.class)
                .setParameter("owner", scope.userId())
                .setParameter("rule", ruleId)
                .setParameter("sender", senderKey)
                .setParameter("now", now)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
