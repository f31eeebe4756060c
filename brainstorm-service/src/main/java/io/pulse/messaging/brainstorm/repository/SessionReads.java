package io.pulse.messaging.brainstorm.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.SessionSummaryView;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot reads of sessions on the reactive SQL client: the session list and a session's idea list with their votes,
 * each a constant prepared statement (after the user binding) whose rows are mapped straight to values. Every statement
 * carries the membership condition of the scope's user, as the other repositories' statements do ({@link SessionMembership});
 * row-level security checks it again.
 */
@Singleton
public class SessionReads {

    /**
     * The scope user's membership of a session: what the idea list needs of it, and the role (owner, editor or viewer);
     * {@code steps} is a custom session's own steps (JSON, null for a built-in framework).
     */
    public record Membership(UUID sessionId, String framework, boolean anonymousVoting, String role, String steps) {

        public Membership(UUID sessionId, String framework, boolean anonymousVoting, String role) {
            this(sessionId, framework, anonymousVoting, role, null);
        }
    }

    /** An idea with what its members may learn of its votes: how many, whether one is the caller's, the named voters. */
    public record IdeaRow(UUID id, UUID sessionId, String step, String text, String details, UUID authorId, String coContributors,
            long votes, boolean votedByMe, List<UUID> namedVoters, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private static final String MEMBERSHIP = "select s.id, s.framework, s.anonymous_voting, case when s.user_id = $2 then 'owner'"
            + " else (select c.role from brainstorm.brainstorm_collaborators c where c.session_id = s.id and c.user_id = $2) end,"
            + " s.steps::text"
            + " from brainstorm.brainstorm_sessions s where s.id = $1";

    private static final String SESSION_COLUMNS = "select s.id, s.title, s.framework, s.status, s.current_step, s.user_id,"
            + " s.created_at, s.updated_at, ";
    /** Owned sessions, then shared ones (never both: the owner is no collaborator of their own session): $1 user, $2 limit. */
    private static final String OWNED = SESSION_COLUMNS + "'owner' as role from brainstorm.brainstorm_sessions s where s.user_id = $1";
    private static final String SHARED = SESSION_COLUMNS + "c.role from brainstorm.brainstorm_collaborators c"
            + " join brainstorm.brainstorm_sessions s on s.id = c.session_id where c.user_id = $1 and s.user_id <> $1";
    private static final String SESSIONS_AFTER = " and (s.created_at < $3 or (s.created_at = $3 and s.id < $4))";
    private static final String NEWEST = " order by s.created_at desc, s.id desc limit $2";
    private static final String SESSIONS_FIRST = "(" + OWNED + NEWEST + ") union all (" + SHARED + NEWEST + ")"
            + " order by created_at desc, id desc limit $2";
    private static final String SESSIONS_NEXT = "(" + OWNED + SESSIONS_AFTER + NEWEST + ") union all (" + SHARED + SESSIONS_AFTER
            + NEWEST + ") order by created_at desc, id desc limit $2";

    /** Ideas of session $1 with their votes as member $2 may learn of them, oldest first, $3 rows. */
    private static final String IDEAS = "select i.id, i.session_id, i.step, i.text, i.details, i.user_id, i.co_contributors::text,"
            + " i.created_at, i.updated_at, b.votes, b.mine, b.named from brainstorm.brainstorm_ideas i"
            + " cross join lateral (select count(*) as votes, coalesce(bool_or(v.user_id = $2), false) as mine,"
            + " array_agg(v.user_id order by v.created_at, v.id) filter (where v.anonymous = false) as named"
            + " from brainstorm.brainstorm_votes v where v.session_id = i.session_id and v.idea_id = i.id) b"
            + " where i.session_id = $1 and exists (select 1 from brainstorm.brainstorm_sessions ms where ms.id = $1"
            + " and (ms.user_id = $2 or exists (select 1 from brainstorm.brainstorm_collaborators mc"
            + " where mc.session_id = ms.id and mc.user_id = $2)))";
    private static final String OLDEST = " order by i.created_at, i.id limit $3";
    private static final String IDEAS_FIRST = IDEAS + OLDEST;
    private static final String IDEAS_NEXT = IDEAS + " and (i.created_at > $4 or (i.created_at = $4 and i.id > $5))" + OLDEST;
    private static final String IDEAS_OF_STEP = IDEAS + " and i.step = $4" + OLDEST;
    private static final String IDEAS_OF_STEP_NEXT = IDEAS + " and i.step = $4"
            + " and (i.created_at > $5 or (i.created_at = $5 and i.id > $6))" + OLDEST;

    /** The scope user's membership of the session; null when there is no such session or the user is not a member. */
    public Uni<Membership> membership(SqlScope scope, UUID sessionId) {
        return scope.query(MEMBERSHIP, Tuple.of(sessionId, scope.userId())).map(rows -> {
            var iterator = rows.iterator();
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            String role = row.getString(3);
            return role == null ? null : new Membership(row.getUUID(0), row.getString(1), row.getBoolean(2), role, row.getString(4));
        });
    }

    /** Up to {@code rows} sessions the scope's user owns or collaborates on, newest first, after {@code cursor} if any. */
    public Uni<List<SessionSummaryView>> sessions(SqlScope scope, Cursor cursor, int rows) {
        Tuple arguments = Tuple.of(scope.userId(), (long) rows);
        if (cursor != null) {
            arguments.addOffsetDateTime(cursor.timestamp(0)).addUUID(cursor.uuid(1));
        }
        return scope.query(cursor == null ? SESSIONS_FIRST : SESSIONS_NEXT, arguments).map(found -> {
            List<SessionSummaryView> sessions = new ArrayList<>(found.size());
            for (Row row : found) {
                sessions.add(new SessionSummaryView(row.getUUID(0), row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(8), row.getUUID(5), row.getOffsetDateTime(6), row.getOffsetDateTime(7)));
            }
            return sessions;
        });
    }

    /**
     * Up to {@code rows} ideas of a session the scope's user is a member of (of one step when {@code step} is not null),
     * oldest first, after {@code cursor} if any.
     */
    public Uni<List<IdeaRow>> ideas(SqlScope scope, UUID sessionId, String step, Cursor cursor, int rows) {
        Tuple arguments = Tuple.of(sessionId, scope.userId(), (long) rows);
        if (step != null) {
            arguments.addString(step);
        }
        if (cursor != null) {
            arguments.addOffsetDateTime(cursor.timestamp(0)).addUUID(cursor.uuid(1));
        }
        String sql = step == null ? (cursor == null ? IDEAS_FIRST : IDEAS_NEXT) : (cursor == null ? IDEAS_OF_STEP : IDEAS_OF_STEP_NEXT);
        return scope.query(sql, arguments).map(found -> {
            List<IdeaRow> ideas = new ArrayList<>(found.size());
            for (Row row : found) {
                UUID[] named = row.getArrayOfUUIDs(11);
                ideas.add(new IdeaRow(row.getUUID(0), row.getUUID(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getUUID(5), row.getString(6), row.getLong(9), row.getBoolean(10),
                        named == null ? List.of() : Arrays.asList(named), row.getOffsetDateTime(7), row.getOffsetDateTime(8)));
            }
            return ideas;
        });
    }
}
