package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Ideas on the reactive SQL client: written by their author (insert sets the author), read by every member of the
 * session. Each session-wide statement carries the membership condition of the scope's user ({@link SessionMembership},
 * session $1, user $2); row-level security checks it again.
 */
@Singleton
public class IdeaRepository {

    private static final String T = "brainstorm.brainstorm_ideas";
    private static final String IN_SESSION = " from " + T + " i where i.session_id = $1 and " + member("$1", "$2");
    private static final String COLUMNS = "select i.id, i.session_id, i.user_id, i.created_at, i.updated_at, i.step, i.text, i.details,"
            + " i.co_contributors::text" + IN_SESSION;
    private static final String ONE = COLUMNS + " and i.id = $3";
    private static final String ALL = COLUMNS + " order by i.created_at, i.id";
    private static final String COUNTS = "select i.step, count(*)" + IN_SESSION + " group by i.step";
    private static final String INSERT = "insert into " + T + " (id, session_id, user_id, created_at, updated_at, step, text, details,"
            + " co_contributors) values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb)";
    private static final String UPDATE = "update " + T + " set updated_at = $3, step = $4, text = $5, details = $6,"
            + " co_contributors = $7::text::jsonb where id = $1 and session_id = $2";
    private static final String DELETE = "delete from " + T + " where id = $1 and session_id = $2";

    private final Clock clock;

    public IdeaRepository(Clock clock) {
        this.clock = clock;
    }

    /** The idea if it belongs to the session and the scope's user is a member of it; null otherwise. */
    public Uni<Idea> findInSession(SqlScope scope, UUID sessionId, UUID ideaId) {
        return scope.query(ONE, Tuple.of(sessionId, scope.userId(), ideaId)).map(rows -> Rows.first(rows, IdeaRepository::idea));
    }

    /** Every idea of a session the scope's user is a member of, oldest first. */
    public Uni<List<Idea>> allInSession(SqlScope scope, UUID sessionId) {
        return scope.query(ALL, Tuple.of(sessionId, scope.userId())).map(rows -> Rows.all(rows, IdeaRepository::idea));
    }

    /** Idea counts per step of a session the scope's user is a member of. */
    public Uni<Map<String, Long>> countsByStep(SqlScope scope, UUID sessionId) {
        return scope.query(COUNTS, Tuple.of(sessionId, scope.userId())).map(rows -> {
            Map<String, Long> counts = new HashMap<>();
            rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
            return counts;
        });
    }

    /** Stores a new idea by the scope's user (its author), giving it an id and, unless it has one, its creation time. */
    public Uni<Idea> persist(SqlScope scope, Idea idea) {
        idea.setUserId(scope.userId());
        if (idea.getId() == null) {
            idea.setId(Ids.newId(clock));
        }
        if (idea.getCreatedAt() == null) {
            idea.setCreatedAt(idea.getUpdatedAt());
        }
        return scope.query(INSERT, Tuple.from(Arrays.asList(idea.getId(), idea.getSessionId(), idea.getUserId(), idea.getCreatedAt(),
                idea.getUpdatedAt(), idea.getStep(), idea.getText(), idea.getDetails(), idea.getCoContributors()))).replaceWith(idea);
    }

    /** Writes an idea's changeable fields, by its key (the idea was loaded through this repository, then changed). */
    public Uni<Idea> update(SqlScope scope, Idea idea) {
        return scope.query(UPDATE, Tuple.from(Arrays.asList(idea.getId(), idea.getSessionId(), idea.getUpdatedAt(), idea.getStep(),
                idea.getText(), idea.getDetails(), idea.getCoContributors()))).replaceWith(idea);
    }

    /**
     * Deletes an idea loaded through this repository (the caller checked that the scope's user may delete it), by its
     * key: an idea id is unique within its session only.
     */
    public Uni<Void> remove(SqlScope scope, Idea idea) {
        return scope.query(DELETE, Tuple.of(idea.getId(), idea.getSessionId())).replaceWithVoid();
    }

    private static Idea idea(Row row) {
        Idea idea = new Idea();
        idea.setId(row.getUUID(0));
        idea.setSessionId(row.getUUID(1));
        idea.setUserId(row.getUUID(2));
        idea.setCreatedAt(row.getOffsetDateTime(3));
        idea.setUpdatedAt(row.getOffsetDateTime(4));
        idea.setStep(row.getString(5));
        idea.setText(row.getString(6));
        idea.setDetails(row.getString(7));
        idea.setCoContributors(row.getString(8));
        return idea;
    }
}
