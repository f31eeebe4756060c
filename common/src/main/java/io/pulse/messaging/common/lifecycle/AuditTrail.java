package io.pulse.messaging.common.lifecycle;

import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.ownership.UserScope;
import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * The append-only trail of configuration changes in the schema's {@code audit_log}: an entry is written in the
 * transaction of the change it describes (so it exists exactly when the change does), and is read by its owner,
 * newest first, under the same row-level security as the rest of their data. The app role may not update or delete
 * entries; retention and erasure remove them as the owner role.
 */
@ApplicationScoped
public class AuditTrail {

    private final LifecycleSettings settings;
    private final Instance<CurrentUser> currentUser;

    public AuditTrail(LifecycleSettings settings, Instance<CurrentUser> currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** Records {@code event} in the trail of the user {@code scope} acts for, in the scope's transaction. */
    public Uni<Void> record(UserScope scope, AuditEvent event) {
        return scope.session().createNativeQuery("insert into " + settings.schema() + ".audit_log"
                        + " (user_id, actor, action, target_type, target_id, changes)"
                        + " values (:owner, :actor, :action, :type, :target, cast(cast(:changes as text) as jsonb))")
                .setParameter("owner", scope.userId())
                .setParameter("actor", actor())
                .setParameter("action", event.action())
                .setParameter("type", event.targetType())
                .setParameter("target", event.targetId())
                .setParameter("changes", new JsonObject(new LinkedHashMap<String, Object>(event.changes())).encode())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** One page of the user's trail, newest first. */
    public Uni<Page<AuditEntry>> page(UserScope scope, PageParams params) {
        long before = params.cursor() == null ? Long.MAX_VALUE : Cursor.decode(params.cursor(), 1).number(0);
        return scope.session().createNativeQuery("select id, occurred_at, actor, action, target_type, target_id, cast(changes as text)"
                        + " from " + settings.schema() + ".audit_log where user_id = :owner and id < :before"
                        + " order by id desc limit :limit", Object[].class)
                .setParameter("owner", scope.userId())
                .setParameter("before", before)
                .setParameter("limit", params.limit() + 1)
                .getResultList()
                .map(rows -> Page.of(rows.stream().map(AuditTrail::entry).toList(), params.limit(), entry -> Cursor.of(entry.id())));
    }

    /** Who is acting: the request's caller, or {@code system} outside a request (a scheduled job). */
    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        return currentUser.get().actorName();
    }

    private static AuditEntry entry(Object[] row) {
        return new AuditEntry(((Number) row[0]).longValue(), time(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], new JsonObject((String) row[6]).getMap());
    }

    private static OffsetDateTime time(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }
}
