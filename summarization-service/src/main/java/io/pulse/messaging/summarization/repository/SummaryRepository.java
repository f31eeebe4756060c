package io.pulse.messaging.summarization.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.summarization.model.ConversationSummary;
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
