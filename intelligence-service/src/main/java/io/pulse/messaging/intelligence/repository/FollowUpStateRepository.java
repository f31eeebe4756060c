package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.pulse.messaging.intelligence.model.FollowUpState;
import io.smallrye.mutiny.Uni;

@Singleton
public class FollowUpStateRepository extends OwnedRepository<FollowUpState> {

    public FollowUpStateRepository(Clock clock) {
        super(FollowUpState.class, clock);
    }

    /** The statuses the user gave those of {@code ids} (a conversation's current follow-ups) that have one. */
    public Uni<Map<UUID, String>> statuses(UserScope scope, UUID conversationId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return select(scope, "conversationId = :conversation and id in :ids", Map.of("conversation", conversationId, "ids", ids))
                .getResultList()
                .map(rows -> rows.stream().collect(Collectors.toMap(FollowUpState::getId, FollowUpState::getStatus)));
    }
}
