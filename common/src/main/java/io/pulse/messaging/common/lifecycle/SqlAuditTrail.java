package io.pulse.messaging.common.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.ownership.SqlScope;
import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The append-only trail of configuration changes in the schema's {@code audit_log}, on the reactive SQL client: an
 * entry is written in the transaction of the change it describes (so it exists exactly when the change does), and is
 * read by its owner, newest first, under the same row-level security as the rest of their data. The app role may not
 * update or delete entries; retention and erasure remove them as the owner role.
 */
@ApplicationScoped
public class SqlAuditTrail {

    private final String insert;
    private final String page;
    private final Instance<CurrentUser> currentUser;

    public SqlAuditTrail(LifecycleSettings settings, Instance<CurrentUser> currentUser) {
        this.currentUser = currentUser;
        this.insert = "insert into " + settings.schema() + ".audit_log (user_id, actor, action, target_type, target_id, changes)"
                + " values ($1, $2, $3, $4, $5, $6::text::jsonb)";
        this.page = "select id, occurred_at, actor, action, target_type, target_id, changes::text from " + settings.schema()
                + ".audit_log where user_id = $1 and id < $2 order by id desc limit $3";
    }

    /** Records {@code event} in the trail of the user {@code scope} acts for, in the scope's transaction. */
    public Uni<Void> record(SqlScope scope, AuditEvent event) {
        Tuple values = Tuple.of(scope.userId(), actor(), event.action(), event.targetType(), event.targetId(), changes(event));
        return scope.query(insert, values).replaceWithVoid();
    }

    /** One page of the user's trail, newest first. */
    public Uni<Page<AuditEntry>> page(SqlScope scope, PageParams params) {
        long before = params.cursor() == null ? Long.MAX_VALUE : Cursor.decode(params.cursor(), 1).number(0);
        UUID owner = scope.userId();
        return scope.query(page, Tuple.of(owner, before, params.limit() + 1)).map(rows -> {
            List<AuditEntry> entries = new ArrayList<>(rows.size());
            rows.forEach(row -> entries.add(entry(row)));
            return Page.of(entries, params.limit(), entry -> Cursor.of(entry.id()));
        });
    }

    /** Who is acting: the request's caller, or {@code system} outside a request (a scheduled job). */
    public String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        return currentUser.get().actorName();
    }

    /** The event's changes as the JSON text the {@code changes} column holds, in the event's order. */
    public static String changes(AuditEvent event) {
        return new JsonObject(new LinkedHashMap<String, Object>(event.changes())).encode();
    }

    private static AuditEntry entry(Row row) {
        return new AuditEntry(row.getLong(0), row.getOffsetDateTime(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), new JsonObject(row.getString(6)).getMap());
    }
}
