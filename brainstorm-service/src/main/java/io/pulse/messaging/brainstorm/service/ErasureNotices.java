package io.pulse.messaging.brainstorm.service;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulse.messaging.common.lifecycle.UserErased;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Tells the other members of the sessions an erased user took part in what left them: before the erasure, the user's
 * memberships and their ideas there are read (as that user), and once the erasure is done on this replica, each
 * session gets an {@code idea_deleted} (or {@code idea_edited}, where the owner keeps a former member's ideas) per idea
 * and a {@code collaborator_changed} {@code removed} for the member, so that the open views update. An erasure carried on
 * by another replica (this one died) announces nothing but the end of the user's own streams.
 */
@ApplicationScoped
public class ErasureNotices {

    /** A session the user was a member of, its owner's setting, and the user's ideas in it. */
    record Left(UUID sessionId, boolean ideasKept, List<UUID> ideaIds) {
    }

    private static final String MEMBERSHIPS = """
            select s.id, s.keep_ideas_of_former_members,
                   array_to_string(array(select i.id from brainstorm.brainstorm_ideas i
                                          where i.session_id = s.id and i.user_id = :me), ',')
              from brainstorm.brainstorm_collaborators c join brainstorm.brainstorm_sessions s on s.id = c.session_id
             where c.user_id = :me""";

    private final Ownership ownership;
    private final SessionEvents events;
    private final Map<UUID, List<Left>> pending = new ConcurrentHashMap<>();

    public ErasureNotices(Ownership ownership, SessionEvents events) {
        this.ownership = ownership;
        this.events = events;
    }

    /** Reads, as {@code user}, the sessions they are a member of, to announce their leaving once they are erased. */
    public Uni<Void> prepare(UUID user) {
        return ownership.asUser(user, scope -> scope.session().createNativeQuery(MEMBERSHIPS, Object[].class)
                        .setParameter("me", user)
                        .getResultList())
                .invoke(rows -> {
                    if (!rows.isEmpty()) {
                        pending.put(user, rows.stream().map(ErasureNotices::left).toList());
                    }
                })
                .replaceWithVoid();
    }

    void on(@Observes UserErased erased) {
        List<Left> sessions = pending.remove(erased.user());
        if (sessions == null) {
            return;
        }
        Multi.createFrom().iterable(sessions)
                .onItem().transformToUniAndConcatenate(left -> ownership.asUser(erased.user(), scope -> announce(scope, left)))
                .collect().last()
                .subscribe().with(done -> { }, failure -> Log.warnf("Announcing an erased member's leaving failed: %s", failure.getMessage()));
    }

    private Uni<Void> announce(UserScope scope, Left left) {
        String type = left.ideasKept() ? SessionEvents.IDEA_EDITED : SessionEvents.IDEA_DELETED;
        Uni<Void> all = Uni.createFrom().voidItem();
        for (UUID idea : left.ideaIds()) {
            all = all.chain(() -> events.publish(scope, left.sessionId(), type, Map.of("ideaId", idea)));
        }
        return all.chain(() -> events.publish(scope, left.sessionId(), SessionEvents.COLLABORATOR_CHANGED,
                Map.of("member", events.alias(left.sessionId(), scope.userId()), "change", "removed")));
    }

    private static Left left(Object[] row) {
        String ideas = (String) row[2];
        return new Left((UUID) row[0], (Boolean) row[1],
                ideas.isEmpty() ? List.of() : Arrays.stream(ideas.split(",")).map(UUID::fromString).toList());
    }
}
