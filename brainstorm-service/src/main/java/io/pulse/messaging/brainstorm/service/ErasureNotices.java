package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulse.messaging.common.lifecycle.UserErased;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Tells the other members of the sessions an erased user took part in what left them: before the erasure, the
 * sessions the user owns, their memberships and their ideas there are read (as that user), and once the erasure is
 * done on this replica, each session the user owned gets a {@code session_deleted}, each session they were a member of
 * an {@code idea_deleted} (or {@code idea_edited}, where the owner keeps a former member's ideas) per idea and a
 * {@code collaborator_changed} {@code removed} for the member, so that the open views update (on every replica: the
 * notifications reach them all). The notices name no actor. An erasure carried on by another replica (this one died)
 * announces nothing but the end of the user's own streams. What is read for an erasure that ends elsewhere (a call that
 * joined an erasure another replica runs) is forgotten after {@link #EXPIRY}, or replaced by the next erasure's reading.
 */
@ApplicationScoped
public class ErasureNotices {

    /** How long what was read for an erasure waits for that erasure to finish on this replica. */
    static final Duration EXPIRY = Duration.ofHours(1);

    /** A session the user owned or was a member of, its owner's setting, and the user's ideas in it. */
    record Left(UUID sessionId, boolean owned, boolean ideasKept, List<UUID> ideaIds) {
    }

    /** What one erasure request read, and when (compared by identity: each request's own). */
    public static final class Prepared {
        final Instant at;
        final List<Left> sessions;

        Prepared(Instant at, List<Left> sessions) {
            this.at = at;
            this.sessions = sessions;
        }
    }

    private static final String SESSIONS = """
            select s.id, true, false, ''
              from brainstorm.brainstorm_sessions s
             where s.user_id = $1
            union all
            select s.id, false, s.keep_ideas_of_former_members,
                   array_to_string(array(select i.id from brainstorm.brainstorm_ideas i
                                          where i.session_id = s.id and i.user_id = $1), ',')
              from brainstorm.brainstorm_collaborators c join brainstorm.brainstorm_sessions s on s.id = c.session_id
             where c.user_id = $1""";

    private final SqlOwnership ownership;
    private final SessionEvents events;
    private final Clock clock;
    private final Map<UUID, Prepared> pending = new ConcurrentHashMap<>();

    public ErasureNotices(SqlOwnership ownership, SessionEvents events, Clock clock) {
        this.ownership = ownership;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads, as {@code user}, the sessions they own or are a member of, to announce what left them once they are
     * erased; replaces what an earlier request read for that user.
     */
    public Uni<Prepared> prepare(UUID user) {
        return ownership.sqlAsUser(user, scope -> scope.query(SESSIONS, Tuple.of(user)))
                .map(rows -> {
                    Instant now = clock.instant();
                    pending.values().removeIf(entry -> expired(entry, now));
                    List<Left> sessions = new ArrayList<>();
                    rows.forEach(row -> sessions.add(left(row)));
                    Prepared prepared = new Prepared(now, List.copyOf(sessions));
                    pending.put(user, prepared);
                    return prepared;
                });
    }

    /**
     * The request that read {@code prepared} is answered: when its erasure is done, what it read is announced already
     * (the erasure ran here) or never will be (it joined one that finished elsewhere), and is forgotten.
     */
    public void answered(UUID user, Prepared prepared, boolean done) {
        if (done) {
            pending.remove(user, prepared);
        }
    }

    void on(@Observes UserErased erased) {
        Prepared prepared = pending.remove(erased.user());
        if (prepared == null || expired(prepared, clock.instant())) {
            return;
        }
        Multi.createFrom().iterable(prepared.sessions)
                .onItem().transformToUniAndConcatenate(left -> ownership.sqlAsUser(erased.user(), scope -> announce(scope, left)))
                .collect().last()
                .subscribe().with(done -> { }, failure -> Log.warnf("Announcing an erased member's leaving failed: %s", failure.getMessage()));
    }

    private Uni<Void> announce(SqlScope scope, Left left) {
        if (left.owned()) {
            return events.publishUnattributed(scope, left.sessionId(), SessionEvents.SESSION_DELETED, Map.of());
        }
        String type = left.ideasKept() ? SessionEvents.IDEA_EDITED : SessionEvents.IDEA_DELETED;
        Uni<Void> all = Uni.createFrom().voidItem();
        for (UUID idea : left.ideaIds()) {
            all = all.chain(() -> events.publishUnattributed(scope, left.sessionId(), type, Map.of("ideaId", idea)));
        }
        return all.chain(() -> events.publishUnattributed(scope, left.sessionId(), SessionEvents.COLLABORATOR_CHANGED,
                Map.of("member", events.alias(left.sessionId(), scope.userId()), "change", "removed")));
    }

    private static boolean expired(Prepared prepared, Instant now) {
        return prepared.at.plus(EXPIRY).isBefore(now);
    }

    private static Left left(Row row) {
        String ideas = row.getString(3);
        return new Left(row.getUUID(0), row.getBoolean(1), row.getBoolean(2),
                ideas.isEmpty() ? List.of() : Arrays.stream(ideas.split(",")).map(UUID::fromString).toList());
    }
}
