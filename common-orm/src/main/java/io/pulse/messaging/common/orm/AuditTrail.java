package io.pulse.messaging.common.orm;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.lifecycle.LifecycleSettings;
import io.pulse.messaging.common.lifecycle.AuditEvent;

/**
 * {@link SqlAuditTrail}'s record in a Hibernate session's transaction, for the services that keep entities: the entry
 * is written in the transaction of the change it describes, with the actor and changes {@link SqlAuditTrail} gives.
 * The trail is read through {@link SqlAuditTrail#page}.
 */
@ApplicationScoped
public class AuditTrail {

    private final String insert;
    private final SqlAuditTrail trail;

    public AuditTrail(LifecycleSettings settings, SqlAuditTrail trail) {
        this.trail = trail;
        this.insert = "insert into " + settings.schema() + ".audit_log (user_id, actor, action, target_type, target_id, changes)"
                + " values (:owner, :actor, :action, :type, :target, cast(cast(:changes as text) as jsonb))";
    }

    /** Records {@code event} in the trail of the user {@code scope} acts for, in the scope's transaction. */
    public Uni<Void> record(UserScope scope, AuditEvent event) {
        return scope.session().createNativeQuery(insert)
                .setParameter("owner", scope.userId())
                .setParameter("actor", trail.actor())
                .setParameter("action", event.action())
                .setParameter("type", event.targetType())
                .setParameter("target", event.targetId())
                .setParameter("changes", SqlAuditTrail.changes(event))
                .executeUpdate()
                .replaceWithVoid();
    }
}
