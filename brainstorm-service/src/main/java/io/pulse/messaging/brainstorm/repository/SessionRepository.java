package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.SESSIONS;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Sessions on the reactive SQL client: created, changed and deleted by their owner (those statements carry
 * {@code user_id = $1}), read by every member, owner or collaborator (the membership condition).
 */
@Singleton
public class SessionRepository {

    private static final String COLUMNS = "s.id, s.user_id, s.created_at, s.updated_at, s.title, s.topic, s.framework, s.status,"
            + " s.current_step, s.votes_per_participant, s.anonymous_voting, s.step_timer_seconds, s.step_started_at,"
            + " s.keep_ideas_of_former_members, s.step_due_at, s.advance_on_time_up, s.steps::text";

    private static final String FIND = "select " + COLUMNS + " from " + SESSIONS + " s where s.id = $1 and " + member("$1", "$2");

    /**
     * The app role cannot choose a session's id (V5__keys_scoped_to_their_session.sql): the database makes it, so
     * nobody can insert a session with an id to learn whether another user's session has it.
     */
    private static final String INSERT = "insert into " + SESSIONS + " (user_id, created_at, updated_at, title, topic, framework, status,"
            + " current_step, votes_per_participant, anonymous_voting, step_timer_seconds, step_started_at, keep_ideas_of_former_members,"
            + " step_due_at, advance_on_time_up, steps)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::text::jsonb) returning id";

    private static final String DELETE = "delete from " + SESSIONS + " where user_id = $1 and id = $2";

    /** The columns a change may write, each with how to read it from a session; only the changed ones are written. */
    private record Changeable(String column, Function<BrainstormSession, Object> value) {
    }

    private static final List<Changeable> CHANGEABLE = List.of(
            new Changeable("updated_at", BrainstormSession::getUpdatedAt),
            new Changeable("title", BrainstormSession::getTitle),
            new Changeable("topic", BrainstormSession::getTopic),
            new Changeable("status", BrainstormSession::getStatus),
            new Changeable("current_step", BrainstormSession::getCurrentStep),
            new Changeable("votes_per_participant", BrainstormSession::getVotesPerParticipant),
            new Changeable("anonymous_voting", BrainstormSession::isAnonymousVoting),
            new Changeable("step_timer_seconds", BrainstormSession::getStepTimerSeconds),
            new Changeable("step_started_at", BrainstormSession::getStepStartedAt),
            new Changeable("keep_ideas_of_former_members", BrainstormSession::isKeepIdeasOfFormerMembers),
            new Changeable("step_due_at", BrainstormSession::getStepDueAt),
            new Changeable("advance_on_time_up", BrainstormSession::isAdvanceOnTimeUp));

    /** Stores a new session owned by the scope's user, under an id the database makes, and returns it as stored. */
    public Uni<BrainstormSession> create(SqlScope scope, BrainstormSession session) {
        Tuple values = Tuple.from(Arrays.asList(scope.userId(), session.getCreatedAt(), session.getUpdatedAt(), session.getTitle(),
                session.getTopic(), session.getFramework(), session.getStatus(), session.getCurrentStep(), session.getVotesPerParticipant(),
                session.isAnonymousVoting(), session.getStepTimerSeconds(), session.getStepStartedAt(), session.isKeepIdeasOfFormerMembers(),
                session.getStepDueAt(), session.isAdvanceOnTimeUp(), session.getSteps()));
        return scope.query(INSERT, values).chain(rows -> findForMember(scope, rows.iterator().next().getUUID(0)));
    }

    /** The session if the scope's user is a member of it; null otherwise (absent and foreign look the same). */
    public Uni<BrainstormSession> findForMember(SqlScope scope, UUID id) {
        return scope.query(FIND, Tuple.of(id, scope.userId())).map(rows -> Rows.first(rows, SessionRepository::session));
    }

    /**
     * Writes the columns of {@code changed} that differ from {@code loaded} (the session as it was read), and only those:
     * the step timer's claim changes {@code step_due_at} with a statement of its own, which a concurrent change of
     * another column must not write back. The owner's only.
     */
    public Uni<Void> update(SqlScope scope, BrainstormSession loaded, BrainstormSession changed) {
        StringBuilder sql = new StringBuilder("update " + SESSIONS + " set ");
        List<Object> values = new ArrayList<>(List.of(scope.userId(), changed.getId()));
        for (Changeable column : CHANGEABLE) {
            Object value = column.value().apply(changed);
            if (!Objects.equals(column.value().apply(loaded), value)) {
                sql.append(values.size() > 2 ? ", " : "").append(column.column()).append(" = $").append(values.size() + 1);
                values.add(value);
            }
        }
        if (values.size() == 2) {
            return Uni.createFrom().voidItem();
        }
        return scope.query(sql.append(" where user_id = $1 and id = $2").toString(), Tuple.from(values)).replaceWithVoid();
    }

    /** Deletes the scope user's session with this id; false when there is none. */
    public Uni<Boolean> deleteById(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    private static BrainstormSession session(Row row) {
        BrainstormSession s = new BrainstormSession();
        s.setId(row.getUUID(0));
        s.setUserId(row.getUUID(1));
        s.setCreatedAt(row.getOffsetDateTime(2));
        s.setUpdatedAt(row.getOffsetDateTime(3));
        s.setTitle(row.getString(4));
        s.setTopic(row.getString(5));
        s.setFramework(row.getString(6));
        s.setStatus(row.getString(7));
        s.setCurrentStep(row.getString(8));
        s.setVotesPerParticipant(row.getInteger(9));
        s.setAnonymousVoting(row.getBoolean(10));
        s.setStepTimerSeconds(row.getInteger(11));
        s.setStepStartedAt(row.getOffsetDateTime(12));
        s.setKeepIdeasOfFormerMembers(row.getBoolean(13));
        s.setStepDueAt(row.getOffsetDateTime(14));
        s.setAdvanceOnTimeUp(row.getBoolean(15));
        s.setSteps(row.getString(16));
        return s;
    }
}
