package io.pulse.messaging.summarization.repository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.summarization.model.CachedSummary;
import io.pulse.messaging.summarization.model.ConversationSummary;
import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryType;
import io.smallrye.mutiny.Uni;

/** Stored summaries of the scope's user. Expired summaries are invisible here even before the cleanup removes them. */
@Singleton
public class SummaryRepository extends OwnedRepository<ConversationSummary> {

    /** The list filters; null members do not filter. */
    public record Filter(UUID conversationId, SummaryType type, OffsetDateTime createdFrom, OffsetDateTime createdBefore) {
    }

    public SummaryRepository(Clock clock) {
        super(ConversationSummary.class, clock);
    }

    /** The user's summary with this id, unless it has expired by {@code now}. */
    public Uni<ConversationSummary> findLive(UserScope scope, UUID id, OffsetDateTime now) {
        return select(scope, "id = :id and expiresAt > :now", Map.of("id", id, "now", now))
                .setMaxResults(1).getSingleResultOrNull();
    }

    /**
     * The user's live summary that a live cache entry with this key points to, in one statement (the cache-hit path
     * makes one round trip). Its columns are read as values, the content as the JSON text PostgreSQL holds, parsed
     * once: loading the entity would decode the JSONB into a JSON tree, write that back out as a string and parse the
     * string, and keep a managed copy for a flush that has nothing to write.
     */
    public Uni<CachedSummary> findCached(UserScope scope, String key, OffsetDateTime now) {
        return scope.session().createSelectionQuery(CACHED, Object[].class)
                .setParameter("owner", scope.userId())
                .setParameter("key", key)
                .setParameter("now", now)
                .setMaxResults(1)
                .getSingleResultOrNull()
                .map(row -> row == null ? null : new CachedSummary((UUID) row[0], (UUID) row[1], (SummaryType) row[2],
                        (LocalDate) row[3], (String) row[4], (String) row[5], (String) row[6], (OffsetDateTime) row[7],
                        (OffsetDateTime) row[8], content((String) row[9])));
    }

    /** Limited to the scope's user like every query here ({@code userId = :owner}), row-level security behind it. */
    private static final String CACHED = "select s.id, s.conversationId, s.type, s.date, s.timeZone, s.engine, s.fallbackReason, s.createdAt, s.expiresAt,"
            + " cast(s.content as String) from ConversationSummary s where s.userId = :owner and s.expiresAt > :now"
            + " and s.id in (select c.summaryId from SummaryCacheEntry c where c.userId = :owner and c.cacheKey = :key and c.expiresAt > :now)";

    private static SummaryContent content(String json) {
        try {
            return JsonColumnFormat.MAPPER.readValue(json, SummaryContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored summary's content is not readable", e);
        }
    }

    /** The user's live summaries matching the filter, newest first. */
    public Uni<Page<ConversationSummary>> list(UserScope scope, Filter filter, OffsetDateTime now, PageParams page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("expiresAt > :now");
        parameters.put("now", now);
        if (filter.conversationId() != null) {
            conditions.add("conversationId = :conversationId");
            parameters.put("conversationId", filter.conversationId());
        }
        if (filter.type() != null) {
            conditions.add("type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.createdFrom() != null) {
            conditions.add("createdAt >= :createdFrom");
            parameters.put("createdFrom", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            conditions.add("createdAt < :createdBefore");
            parameters.put("createdBefore", filter.createdBefore());
        }
        return page(scope, String.join(" and ", conditions), parameters, page);
    }

    /** Deletes the user's live summary with this id (its cache entries go with it); false when there is none. */
    public Uni<Boolean> deleteLive(UserScope scope, UUID id, OffsetDateTime now) {
        return mutate(scope, "delete from ConversationSummary where userId = :owner and id = :id and expiresAt > :now",
                Map.of("id", id, "now", now)).map(count -> count > 0);
    }
}
