package io.pulse.messaging.intelligence.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The statuses users gave follow-ups ({@code follow_up_state}), on the reactive SQL client inside the scope's
 * transaction, limited to the scope's user ({@code user_id = $1}), row-level security behind it.
 */
@Singleton
public class FollowUpStateRepository {

    private static final String STATUSES = "select id, status from intelligence.follow_up_state"
            + " where user_id = $1 and conversation_id = $2 and id = any ($3::uuid[])";

    /** A new status row, or the new status of the existing one (its conversation, message and type never change). */
    private static final String STORE = "insert into intelligence.follow_up_state (id, user_id, created_at, updated_at,"
            + " conversation_id, message_id, type, status) values ($2, $1, $3, $3, $4, $5, $6, $7)"
            + " on conflict (user_id, id) do update set status = excluded.status, updated_at = excluded.updated_at";

    /** One follow-up's status as the user sets it; its id is the follow-up's own. */
    public record NewStatus(UUID id, UUID conversationId, String messageId, String type, String status) {
    }

    /** The statuses the user gave those of {@code ids} (a conversation's current follow-ups) that have one. */
    public Uni<Map<UUID, String>> statuses(SqlScope scope, UUID conversationId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return scope.query(STATUSES, Tuple.of(scope.userId(), conversationId, ids.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, String> statuses = new HashMap<>();
            rows.forEach(row -> statuses.put(row.getUUID(0), row.getString(1)));
            return statuses;
        });
    }

    /** Creates the follow-up's status row, or updates its status. */
    public Uni<Void> store(SqlScope scope, NewStatus status, OffsetDateTime now) {
        return scope.query(STORE, Tuple.from(List.of(scope.userId(), status.id(), now, status.conversationId(), status.messageId(),
                status.type(), status.status()))).replaceWithVoid();
    }
}
