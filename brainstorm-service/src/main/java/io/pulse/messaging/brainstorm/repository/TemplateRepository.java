package io.pulse.messaging.brainstorm.repository;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.BrainstormTemplate;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * A user's templates: private to their owner. Every query carries {@code userId = :owner} (the inherited methods: find,
 * persist, flush, delete, the keyset page newest first), and row-level security checks it again.
 */
@Singleton
public class TemplateRepository extends OwnedRepository<BrainstormTemplate> {

    public TemplateRepository(Clock clock) {
        super(BrainstormTemplate.class, clock);
    }

    public Uni<Long> count(UserScope scope) {
        return scope.session().createSelectionQuery("select count(*) from BrainstormTemplate where userId = :owner", Long.class)
                .setParameter("owner", scope.userId())
                .getSingleResult();
    }
}
