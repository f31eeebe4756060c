package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.hibernate.reactive.mutiny.Mutiny;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

@Singleton
public class RuleRepository extends OwnedRepository<AutoResponseRule> {

    private static final String ORDER = " order by priority, createdAt, id";

    public RuleRepository(Clock clock) {
        super(AutoResponseRule.class, clock);
    }

    /** Every rule of the user in evaluation order (for the save-time analysis). */
    public Uni<List<AutoResponseRule>> allInOrder(UserScope scope) {
        return ordered(scope, "true = true", Map.of()).getResultList();
    }

    /** How many rules the user has, the out-of-office rule included. */
    public Uni<Long> count(UserScope scope) {
        return scope.session().createSelectionQuery("select count(r) from AutoResponseRule r where r.userId = :owner", Long.class)
                .setParameter("owner", scope.userId())
                .getSingleResult();
    }

    public Uni<AutoResponseRule> findOutOfOffice(UserScope scope) {
        return select(scope, "kind = :kind", Map.of("kind", AutoResponseRule.KIND_OUT_OF_OFFICE)).setMaxResults(1).getSingleResultOrNull();
    }

    /** The scope user's rules matching {@code where}, in evaluation order. */
    private Mutiny.SelectionQuery<AutoResponseRule> ordered(UserScope scope, String where, Map<String, Object> params) {
        Mutiny.SelectionQuery<AutoResponseRule> query = scope.session()
                .createSelectionQuery("from AutoResponseRule where userId = :owner and (" + where + ")" + ORDER, AutoResponseRule.class)
                .setParameter("owner", scope.userId());
        params.forEach(query::setParameter);
        return query;
    }
}
