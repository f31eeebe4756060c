package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.CannedResponse;
import io.pulse.messaging.autoresponse.model.OwnedRow;
import io.pulse.messaging.common.api.NewestFirst;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The user's canned responses, on the reactive SQL client inside the scope's transaction. The rules that use one are
 * {@link RuleRepository}'s.
 */
@Singleton
public class CannedResponseRepository {

    private static final String T = "auto_response.message_auto_response_canned_responses";
    private static final String COLUMNS = "select id, created_at, updated_at, name, template, tags from " + T + " where user_id = $1";
    private static final String FIRST = COLUMNS + NewestFirst.order(2);
    private static final String LATER = COLUMNS + NewestFirst.after(2) + NewestFirst.order(2);
    private static final String ONE = COLUMNS + " and id = $2";
    private static final String INSERT = "insert into " + T + " (user_id, id, created_at, updated_at, name, template, tags)"
            + " values ($1, $2, $3, $4, $5, $6, $7)";
    private static final String UPDATE = "update " + T + " set updated_at = $3, name = $4, template = $5, tags = $6"
            + " where user_id = $1 and id = $2";
    private static final String DELETE = "delete from " + T + " where user_id = $1 and id = $2";

    private final Clock clock;

    public CannedResponseRepository(Clock clock) {
        this.clock = clock;
    }

    /** Newest first, one keyset page at a time. */
    public Uni<Page<CannedResponse>> page(SqlScope scope, PageParams page) {
        return NewestFirst.page(scope, FIRST, LATER, Tuple.of(scope.userId()), page, CannedResponseRepository::canned, OwnedRow::cursor);
    }

    /** Every canned response of the user (for suggestions; at most {@code max}, newest first). */
    public Uni<List<CannedResponse>> all(SqlScope scope, int max) {
        return scope.query(FIRST, Tuple.of(scope.userId(), max)).map(rows -> Rows.all(rows, CannedResponseRepository::canned));
    }

    /** The user's canned response with this id, or null. */
    public Uni<CannedResponse> findById(SqlScope scope, UUID id) {
        return scope.query(ONE, Tuple.of(scope.userId(), id)).map(rows -> Rows.first(rows, CannedResponseRepository::canned));
    }

    /** Stores a new canned response of the scope's user, giving it an id and its creation time (its update time). */
    public Uni<CannedResponse> insert(SqlScope scope, CannedResponse row) {
        row.stamp(Ids.newId(clock), row.getUpdatedAt());
        return scope.query(INSERT, Tuple.from(List.of(scope.userId(), row.getId(), row.getCreatedAt(), row.getUpdatedAt(), row.getName(),
                row.getTemplate(), row.getTags()))).replaceWith(row);
    }

    public Uni<CannedResponse> update(SqlScope scope, CannedResponse row) {
        return scope.query(UPDATE, Tuple.from(List.of(scope.userId(), row.getId(), row.getUpdatedAt(), row.getName(), row.getTemplate(),
                row.getTags()))).replaceWith(row);
    }

    /** Deletes the user's canned response with this id; false when there is none. */
    public Uni<Boolean> deleteById(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    private static CannedResponse canned(Row row) {
        CannedResponse canned = new CannedResponse();
        canned.setId(row.getUUID(0));
        canned.setCreatedAt(row.getOffsetDateTime(1));
        canned.setUpdatedAt(row.getOffsetDateTime(2));
        canned.setName(row.getString(3));
        canned.setTemplate(row.getString(4));
        canned.setTags(row.getString(5));
        return canned;
    }
}
