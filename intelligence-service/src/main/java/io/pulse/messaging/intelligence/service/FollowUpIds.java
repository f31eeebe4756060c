package io.pulse.messaging.intelligence.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.model.FollowUpView;

/**
 * Follow-ups have no identity in the engines: a follow-up is what its message waits for. Its id is derived from the
 * conversation, its type and its message (a name-based UUID), so every analysis that finds it again gives it the same
 * id and the status the user gave it holds. A follow-up without a status is open.
 */
final class FollowUpIds {

    static final String OPEN = "open";

    private FollowUpIds() {
    }

    static UUID of(UUID conversationId, FollowUp followUp) {
        return UUID.nameUUIDFromBytes(("follow-up\u001f" + conversationId + "\u001f" + followUp.type().wire() + "\u001f"
                + followUp.messageId()).getBytes(StandardCharsets.UTF_8));
    }

    static List<UUID> all(UUID conversationId, List<FollowUp> followUps) {
        return followUps.stream().map(f -> of(conversationId, f)).toList();
    }

    /** The follow-ups as the API shows them, each with its status ({@code statuses} by id; absent is open). */
    static List<FollowUpView> views(UUID conversationId, List<FollowUp> followUps, Map<UUID, String> statuses) {
        return followUps.stream().map(f -> {
            UUID id = of(conversationId, f);
            return FollowUpView.of(id, statuses.getOrDefault(id, OPEN), f);
        }).toList();
    }

    /** Sets the row's count of open follow-ups and since when the oldest open one waits. */
    static void count(ConversationIntelligence row, List<FollowUp> followUps, Map<UUID, String> statuses) {
        List<FollowUp> open = followUps.stream()
                .filter(f -> OPEN.equals(statuses.getOrDefault(of(row.getConversationId(), f), OPEN))).toList();
        row.setOpenFollowUps(open.size());
        row.setOldestOpenFollowUpAt(open.stream().map(FollowUp::since).min(Comparator.naturalOrder())
                .map(FollowUpIds::utc).orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
