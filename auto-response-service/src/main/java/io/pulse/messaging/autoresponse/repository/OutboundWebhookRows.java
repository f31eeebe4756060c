package io.pulse.messaging.autoresponse.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.HashSet;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.OutboundDeliveryView;
import io.pulse.messaging.autoresponse.model.OutboundWebhookView;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.NewestFirst;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** A user's outbound webhooks and their deliveries, on the SQL client; every statement names the scope's user as well as RLS. */
@Singleton
public class OutboundWebhookRows {

    private static final String T = "auto_response.message_auto_response_outbound_webhooks";
    private static final String COLUMNS = "select id, name, url, enabled, created_at, updated_at from " + T + " where user_id = $1";
    private static final String FIRST = COLUMNS + " order by created_at, id limit $2";
    private static final String LATER = COLUMNS + " and (created_at, id) > ($3, $4) order by created_at, id limit $2";
    private static final String ONE = COLUMNS + " and id = $2";
    private static final String INSERT = "insert into " + T + " (id, user_id, created_at, updated_at, name, url, secret, enabled)"
            + " values ($2, $1, $3, $3, $4, $5, $6, $7)";
    private static final String UPDATE = "update " + T + " set name = $3, url = $4, enabled = $5, updated_at = $6 where user_id = $1 and id = $2";
    private static final String DELETE = "delete from " + T + " where user_id = $1 and id = $2";
    private static final String EXISTING = "select id from " + T + " where user_id = $1 and id = any($2::uuid[])";
    private static final String D = "select id, webhook_id, rule_id, log_id, status, attempts, last_status_code, last_error, created_at,"
            + " last_attempt_at, case when status = 'pending' then next_attempt_at end, delivered_at"
            + " from auto_response.message_auto_response_outbox where user_id = $1 and webhook_id = $2";
    private static final String D_FIRST = D + NewestFirst.order(3);
    private static final String D_LATER = D + NewestFirst.after(3) + NewestFirst.order(3);

    public Uni<Page<OutboundWebhookView>> page(SqlScope scope, PageParams page) {
        Tuple arguments = Tuple.of(scope.userId(), page.limit() + 1);
        String sql = FIRST;
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 2);
            arguments.addOffsetDateTime(cursor.timestamp(0)).addUUID(cursor.uuid(1));
            sql = LATER;
        }
        return scope.query(sql, arguments)
                .map(rows -> Page.of(Rows.all(rows, row -> view(row, null)), page.limit(), w -> Cursor.of(w.createdAt(), w.id())));
    }

    /** The webhook, or null. */
    public Uni<OutboundWebhookView> find(SqlScope scope, UUID id) {
        return scope.query(ONE, Tuple.of(scope.userId(), id)).map(rows -> Rows.first(rows, row -> view(row, null)));
    }

    public Uni<Void> insert(SqlScope scope, UUID id, OffsetDateTime now, String name, String url, String secret, boolean enabled) {
        return scope.query(INSERT, Tuple.from(List.of(scope.userId(), id, now, name, url, secret, enabled))).replaceWithVoid();
    }

    /** Whether the webhook existed (and was updated). */
    public Uni<Boolean> update(SqlScope scope, UUID id, String name, String url, boolean enabled, OffsetDateTime now) {
        return scope.query(UPDATE, Tuple.from(List.of(scope.userId(), id, name, url, enabled, now))).map(rows -> rows.rowCount() > 0);
    }

    /** Whether the webhook existed (its deliveries go with it). */
    public Uni<Boolean> delete(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    /** Which of these ids are the user's webhooks. */
    public Uni<Set<UUID>> existing(SqlScope scope, List<UUID> ids) {
        return scope.query(EXISTING, Tuple.of(scope.userId(), ids.toArray(UUID[]::new))).map(rows -> {
            Set<UUID> found = new HashSet<>();
            rows.forEach(row -> found.add(row.getUUID(0)));
            return found;
        });
    }

    /** The webhook's deliveries, newest first. */
    public Uni<Page<OutboundDeliveryView>> deliveries(SqlScope scope, UUID webhook, PageParams page) {
        return NewestFirst.page(scope, D_FIRST, D_LATER, Tuple.of(scope.userId(), webhook), page,
                row -> new OutboundDeliveryView(row.getUUID(0), row.getUUID(1), row.getUUID(2), row.getUUID(3),
                        row.getString(4), row.getInteger(5), row.getInteger(6), row.getString(7), row.getOffsetDateTime(8),
                        row.getOffsetDateTime(9), row.getOffsetDateTime(10), row.getOffsetDateTime(11)),
                d -> Cursor.of(d.createdAt(), d.id()));
    }

    private static OutboundWebhookView view(Row row, String secret) {
        return new OutboundWebhookView(row.getUUID(0), row.getString(1), row.getString(2), row.getBoolean(3), secret,
                row.getOffsetDateTime(4), row.getOffsetDateTime(5));
    }
}
