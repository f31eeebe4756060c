package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * The small tables behind evaluation, through native SQL on the scope's session (so row-level security applies)
 * and always limited to the scope's user as well: rules versions, cooldowns, conversation locks and webhook
 * deliveries.
 */
@Singleton
public class EvaluationStateRepository {

    /** The user's rules version (0 when the user never saved a rule). */
    public Uni<Long> rulesVersion(UserScope scope) {
        return scope.session().createNativeQuery(
                        "select coalesce((select version from auto_response.message_auto_response_rule_versions where user_id = :owner), 0)", Long.class)
                .setParameter("owner", scope.userId())
                .getSingleResult();
    }

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

    /**
     * Takes the sender's cooldown slot for a rule if it is free (absent or expired), atomically: of two concurrent
     * callers for the same rule and sender, the second waits for the first's row lock and then finds it taken.
     *
     * @return true when this caller may reply
     */
    public Uni<Boolean> claimCooldown(UserScope scope, UUID ruleId, String senderKey, OffsetDateTime now, OffsetDateTime until) {
        return scope.session().createNativeQuery("""
                        insert into auto_response.message_auto_response_cooldowns as c (rule_id, sender_key, user_id, last_sent_at, expires_at)
                        values (:rule, :sender, :owner, :now, :until)
                        on conflict (user_id, rule_id, sender_key) do update set last_sent_at = excluded.last_sent_at, expires_at = excluded.expires_at
                        where c.expires_at <= excluded.last_sent_at
                        returning true""", Boolean.class)
                .setParameter("rule", ruleId)
                .setParameter("sender", senderKey)
                .setParameter("owner", scope.userId())
                .setParameter("now", now)
                .setParameter("until", until)
                .getResultList()
                .map(rows -> !rows.isEmpty());
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

    /**
     * Serialises evaluations of one conversation of one user until the end of the transaction (the per-hour cap): a row
     * lock on the user's own row for the conversation, which no other user can take (an advisory lock's key anyone could).
     */
    public Uni<Void> lockConversation(UserScope scope, UUID conversationId, OffsetDateTime now) {
        return scope.session().createNativeQuery("insert into auto_response.message_auto_response_conversation_locks as l"
                        + " (user_id, conversation_id, locked_at) values (:owner, :conversation, :now)"
                        + " on conflict (user_id, conversation_id) do update set locked_at = excluded.locked_at")
                .setParameter("owner", scope.userId())
                .setParameter("conversation", conversationId)
                .setParameter("now", now)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Whether a webhook delivery with this signature was accepted before (a replay). */
    public Uni<Boolean> deliverySeen(UserScope scope, String signature) {
        return scope.session().createNativeQuery("select true from auto_response.message_auto_response_webhook_deliveries"
                        + " where user_id = :owner and signature = :signature", Boolean.class)
                .setParameter("owner", scope.userId())
                .setParameter("signature", signature)
                .getResultList()
                .map(rows -> !rows.isEmpty());
    }

    /** Records a webhook delivery by its signature; false when it was seen before (a replay). */
    public Uni<Boolean> recordDelivery(UserScope scope, String signature, OffsetDateTime now) {
        return scope.session().createNativeQuery("""
                        insert into auto_response.message_auto_response_webhook_deliveries (signature, user_id, received_at)
                        values (:signature, :owner, :now) on conflict (user_id, signature) do nothing returning true""", Boolean.class)
                .setParameter("signature", signature)
                .setParameter("owner", scope.userId())
                .setParameter("now", now)
                .getResultList()
                .map(rows -> !rows.isEmpty());
    }
}
