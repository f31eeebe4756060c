package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.hibernate.reactive.mutiny.Mutiny;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

@Singleton
public class RuleRepository extends OwnedRepository<AutoResponseRule> {

    private static final String ORDER = " order by priority, createdAt, id";

    public RuleRepository(Clock clock) {
        super(AutoResponseRule.class, clock);
    }

    /** The user's enabled rules in evaluation order (the partial index on enabled rules serves it). */
    public Uni<List<AutoResponseRule>> enabledInOrder(UserScope scope) {
        return ordered(scope, "enabled = true", Map.of()).getResultList();
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

    /** A keyset page in evaluation order, with optional filters. */
    public Uni<Page<AutoResponseRule>> pageInOrder(UserScope scope, Boolean enabled, String kind, String nameContains, PageParams page) {
        StringBuilder where = new StringBuilder("true = true");
        Map<String, Object> params = new HashMap<>();
        if (enabled != null) {
            where.append(" and enabled = :enabled");
            params.put("enabled", enabled);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" and lower(name) like :name escape '\\'");
            params.put("name", "%" + nameContains.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 3);
            params.put("cp", (int) cursor.number(0));
            params.put("cc", cursor.timestamp(1));
            params.put("ci", cursor.uuid(2));
            where.append(" and (priority > :cp or (priority = :cp and (createdAt > :cc or (createdAt = :cc and id > :ci))))");
        }
        return ordered(scope, where.toString(), params).setMaxResults(page.limit() + 1).getResultList()
                .map(rows -> Page.of(rows, page.limit(), r -> Cursor.of(r.getPriority(), r.getCreatedAt(), r.getId())));
    }
}
