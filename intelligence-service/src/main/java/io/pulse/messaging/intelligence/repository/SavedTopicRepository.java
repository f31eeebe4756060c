package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.NewestFirst;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.intelligence.model.SavedTopic;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The users' saved topics ({@code saved_topic}), on the reactive SQL client inside the scope's transaction: each one
 * prepared statement limited to the scope's user ({@code user_id = $1}), row-level security behind it. A second topic
 * of the same name (ignoring case) violates the table's unique index, which the service answers with 409.
 */
@Singleton
public class SavedTopicRepository {

    private static final String SELECT = "select id, created_at, updated_at, name, description, keywords::text, examples::text"
            + " from intelligence.saved_topic where user_id = $1";
    private static final String BY_ID = SELECT + " and id = $2";
    private static final String OLDEST_FIRST = SELECT + " order by created_at, id limit $2";
    private static final String FIRST_PAGE = SELECT + NewestFirst.order(2);
    private static final String NEXT_PAGE = SELECT + NewestFirst.after(2) + NewestFirst.order(2);
    private static final String COUNT = "select count(*) from intelligence.saved_topic where user_id = $1";
    private static final String NAME_TAKEN = "select 1 from intelligence.saved_topic"
            + " where user_id = $1 and lower(name) = $2 and id is distinct from $3 limit 1";
    private static final String INSERT = "insert into intelligence.saved_topic (id, user_id, created_at, updated_at, name,"
            + " description, keywords, examples) values ($2, $1, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb)";
    private static final String UPDATE = "update intelligence.saved_topic set updated_at = $3, name = $4, description = $5,"
            + " keywords = $6::text::jsonb, examples = $7::text::jsonb where user_id = $1 and id = $2";
    private static final String DELETE = "delete from intelligence.saved_topic where user_id = $1 and id = $2";

    private final Clock clock;

    public SavedTopicRepository(Clock clock) {
        this.clock = clock;
    }

    /** A new topic's id (time-ordered, as every owned row's). */
    public UUID newId() {
        return Ids.newId(clock);
    }

    /** The user's topic with this id; null when there is none (absent and foreign look the same). */
    public Uni<SavedTopic> findById(SqlScope scope, UUID id) {
        return scope.query(BY_ID, Tuple.of(scope.userId(), id)).map(SavedTopicRepository::first);
    }

    /** The user's saved topics, oldest first, at most {@code limit} (the per-user cap bounds them anyway). */
    public Uni<List<SavedTopic>> all(SqlScope scope, int limit) {
        return scope.query(OLDEST_FIRST, Tuple.of(scope.userId(), limit)).map(SavedTopicRepository::topics);
    }

    /** The user's topics, newest first, one keyset page at a time (the cursor: creation time and id of the last). */
    public Uni<Page<SavedTopic>> page(SqlScope scope, PageParams page) {
        return NewestFirst.page(scope, FIRST_PAGE, NEXT_PAGE, Tuple.of(scope.userId()), page, SavedTopicRepository::topic,
                topic -> Cursor.of(topic.createdAt(), topic.id()));
    }

    public Uni<Long> count(SqlScope scope) {
        return scope.query(COUNT, Tuple.of(scope.userId())).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Whether another of the user's topics (not {@code except}, which may be null) has this name, ignoring case. */
    public Uni<Boolean> nameTaken(SqlScope scope, String name, UUID except) {
        return scope.query(NAME_TAKEN, Tuple.of(scope.userId(), name.toLowerCase(Locale.ROOT), except))
                .map(rows -> rows.size() > 0);
    }

    /** Stores a new topic of the scope's user. */
    public Uni<Void> insert(SqlScope scope, SavedTopic topic) {
        Tuple values = Tuple.from(List.of(scope.userId(), topic.id(), topic.createdAt(), topic.updatedAt(), topic.name(),
                topic.description(), topic.keywords(), topic.examples()));
        return scope.query(INSERT, values).replaceWithVoid();
    }

    /** Writes the topic's changeable fields. */
    public Uni<Void> update(SqlScope scope, SavedTopic topic) {
        Tuple values = Tuple.from(List.of(scope.userId(), topic.id(), topic.updatedAt(), topic.name(), topic.description(),
                topic.keywords(), topic.examples()));
        return scope.query(UPDATE, values).replaceWithVoid();
    }

    /** Deletes the user's topic with this id; false when there is none. */
    public Uni<Boolean> deleteById(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    private static SavedTopic first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? topic(iterator.next()) : null;
    }

    private static List<SavedTopic> topics(RowSet<Row> rows) {
        List<SavedTopic> found = new ArrayList<>(rows.size());
        rows.forEach(row -> found.add(topic(row)));
        return found;
    }

    private static SavedTopic topic(Row row) {
        return new SavedTopic(row.getUUID(0), row.getOffsetDateTime(1), row.getOffsetDateTime(2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6));
    }
}
