package io.pulse.messaging.brainstorm.repository;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.AuthoredRow;
import io.pulse.messaging.brainstorm.model.BrainstormTemplate;
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
 * A user's templates: private to their owner. Every statement carries {@code user_id = $1}, and row-level security
 * checks it again.
 */
@Singleton
public class TemplateRepository {

    private static final String T = "brainstorm.brainstorm_templates";
    private static final String COLUMNS = "select id, user_id, created_at, updated_at, name, description, steps::text from " + T
            + " where user_id = $1";
    private static final String ONE = COLUMNS + " and id = $2";
    private static final String FIRST = COLUMNS + NewestFirst.order(2);
    private static final String LATER = COLUMNS + NewestFirst.after(2) + NewestFirst.order(2);
    private static final String COUNT = "select count(*) from " + T + " where user_id = $1";
    private static final String INSERT = "insert into " + T + " (user_id, id, created_at, updated_at, name, description, steps)"
            + " values ($1, $2, $3, $4, $5, $6, $7::text::jsonb)";
    private static final String UPDATE = "update " + T + " set updated_at = $3, name = $4, description = $5, steps = $6::text::jsonb"
            + " where user_id = $1 and id = $2";
    private static final String DELETE = "delete from " + T + " where user_id = $1 and id = $2";

    private final Clock clock;

    public TemplateRepository(Clock clock) {
        this.clock = clock;
    }

    /** The scope user's template with this id, or null (absent and foreign look the same). */
    public Uni<BrainstormTemplate> findById(SqlScope scope, UUID id) {
        return scope.query(ONE, Tuple.of(scope.userId(), id)).map(rows -> Rows.first(rows, TemplateRepository::template));
    }

    /** The scope user's templates, newest first, one keyset page at a time. */
    public Uni<Page<BrainstormTemplate>> page(SqlScope scope, PageParams page) {
        return NewestFirst.page(scope, FIRST, LATER, Tuple.of(scope.userId()), page, TemplateRepository::template, AuthoredRow::cursor);
    }

    public Uni<Long> count(SqlScope scope) {
        return scope.query(COUNT, Tuple.of(scope.userId())).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Stores a new template of the scope's user, giving it an id. */
    public Uni<BrainstormTemplate> persist(SqlScope scope, BrainstormTemplate t) {
        t.setUserId(scope.userId());
        t.setId(Ids.newId(clock));
        return scope.query(INSERT, Tuple.from(List.of(scope.userId(), t.getId(), t.getCreatedAt(), t.getUpdatedAt(), t.getName(),
                t.getDescription(), t.getSteps()))).replaceWith(t);
    }

    /** Writes a template's changeable fields (loaded through this repository, then changed). */
    public Uni<BrainstormTemplate> update(SqlScope scope, BrainstormTemplate t) {
        return scope.query(UPDATE, Tuple.from(List.of(scope.userId(), t.getId(), t.getUpdatedAt(), t.getName(), t.getDescription(),
                t.getSteps()))).replaceWith(t);
    }

    /** Deletes the scope user's template with this id; false when there is none. */
    public Uni<Boolean> deleteById(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    private static BrainstormTemplate template(Row row) {
        BrainstormTemplate t = new BrainstormTemplate();
        t.setId(row.getUUID(0));
        t.setUserId(row.getUUID(1));
        t.setCreatedAt(row.getOffsetDateTime(2));
        t.setUpdatedAt(row.getOffsetDateTime(3));
        t.setName(row.getString(4));
        t.setDescription(row.getString(5));
        t.setSteps(row.getString(6));
        return t;
    }
}
