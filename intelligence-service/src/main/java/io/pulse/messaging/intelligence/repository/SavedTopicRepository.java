package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.pulse.messaging.intelligence.model.SavedTopic;
import io.smallrye.mutiny.Uni;

@Singleton
public class SavedTopicRepository extends OwnedRepository<SavedTopic> {

    public SavedTopicRepository(Clock clock) {
        super(SavedTopic.class, clock);
    }

    /** The user's saved topics, oldest first, at most {@code limit} (the per-user cap bounds them anyway). */
    public Uni<List<SavedTopic>> all(UserScope scope, int limit) {
        return scope.session()
                .createSelectionQuery("from SavedTopic where userId = :owner order by createdAt, id", SavedTopic.class)
                .setParameter("owner", scope.userId())
                .setMaxResults(limit)
                .setReadOnly(true)
                .getResultList();
    }

    public Uni<Long> count(UserScope scope) {
        return scope.session().createSelectionQuery("select count(*) from SavedTopic where userId = :owner", Long.class)
                .setParameter("owner", scope.userId())
                .getSingleResult();
    }

    /** Whether another of the user's topics (not {@code except}, which may be null) has this name, ignoring case. */
    public Uni<Boolean> nameTaken(UserScope scope, String name, UUID except) {
        String where = except == null ? "lower(name) = :name" : "lower(name) = :name and id <> :except";
        Map<String, Object> parameters = except == null ? Map.of("name", name.toLowerCase(java.util.Locale.ROOT))
                : Map.of("name", name.toLowerCase(java.util.Locale.ROOT), "except", except);
        return select(scope, where, parameters).setMaxResults(1).getResultList().map(rows -> !rows.isEmpty());
    }
}
