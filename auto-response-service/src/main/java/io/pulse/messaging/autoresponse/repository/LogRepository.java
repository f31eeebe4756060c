package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseLogEntry;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

@Singleton
public class LogRepository extends OwnedRepository<AutoResponseLogEntry> {

    public LogRepository(Clock clock) {
        super(AutoResponseLogEntry.class, clock);
    }

    /** Filters of the log list; each null means "any". */
    public record Filter(UUID ruleId, UUID conversationId, UUID senderId, String senderEmail, String status, String reason,
                         OffsetDateTime from, OffsetDateTime until) {
    }

    public Uni<Page<AutoResponseLogEntry>> page(UserScope scope, Filter filter, PageParams page) {
        StringBuilder where = new StringBuilder("true = true");
        Map<String, Object> params = new HashMap<>();
        add(where, params, "ruleId", filter.ruleId());
        add(where, params, "conversationId", filter.conversationId());
        add(where, params, "senderId", filter.senderId());
        add(where, params, "senderEmail", filter.senderEmail() == null ? null : filter.senderEmail().strip().toLowerCase());
        add(where, params, "status", filter.status());
        add(where, params, "reason", filter.reason());
        if (filter.from() != null) {
            where.append(" and createdAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" and createdAt < :until");
            params.put("until", filter.until());
        }
        return page(scope, where.toString(), params, page);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** Replies sent in a conversation since a time (the ping-pong cap). */
    public Uni<Long> countSentInConversationSince(UserScope scope, UUID conversationId, OffsetDateTime since) {
        return scope.session().createSelectionQuery("select count(e) from AutoResponseLogEntry e where e.userId = :owner"
                        + " and e.conversationId = :conversation and e.status = 'sent' and e.createdAt >= :since", Long.class)
                .setParameter("owner", scope.userId())
                .setParameter("conversation", conversationId)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Per (status, reason): count and latest time, for one rule. */
    public Uni<List<Object[]>> statsOfRule(UserScope scope, UUID ruleId) {
        return scope.session().createSelectionQuery("select e.status, e.reason, count(e), max(e.createdAt) from AutoResponseLogEntry e"
                        + " where e.userId = :owner and e.ruleId = :rule group by e.status, e.reason", Object[].class)
                .setParameter("owner", scope.userId())
                .setParameter("rule", ruleId)
                .getResultList();
    }
}
