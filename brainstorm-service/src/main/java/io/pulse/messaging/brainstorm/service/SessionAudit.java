package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.common.lifecycle.AuditEvent;

/**
 * The audit entries of sessions and their members, all in the session owner's trail (only the owner changes them).
 * Field names, and values only for settings (numbers, flags, statuses, roles): never a title, topic or idea, and never
 * a member's user id (a collaborator is named by their membership's id, which means nothing once they are erased).
 */
final class SessionAudit {

    private SessionAudit() {
    }

    /** A new session's settings. */
    static Map<String, Object> created(BrainstormSession session) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("fields", List.of("title", "topic", "framework", "votesPerParticipant", "anonymousVoting", "stepTimerSeconds",
                "keepIdeasOfFormerMembers"));
        changes.put("framework", session.getFramework());
        changes.put("votesPerParticipant", session.getVotesPerParticipant());
        changes.put("anonymousVoting", session.isAnonymousVoting());
        if (session.getStepTimerSeconds() != null) {
            changes.put("stepTimerSeconds", session.getStepTimerSeconds());
        }
        changes.put("keepIdeasOfFormerMembers", session.isKeepIdeasOfFormerMembers());
        if (session.isAdvanceOnTimeUp()) {
            changes.put("fields", List.of("title", "topic", "framework", "votesPerParticipant", "anonymousVoting", "stepTimerSeconds",
                    "keepIdeasOfFormerMembers", "advanceOnTimeUp"));
            changes.put("advanceOnTimeUp", true);
        }
        return changes;
    }

    /** The entries of one {@code PATCH}: a status change, and the other fields changed (the step is progress, not settings). */
    static List<AuditEvent> changes(UUID sessionId, SessionChanges.Applied applied) {
        List<AuditEvent> out = new ArrayList<>();
        if (applied.statusChanged()) {
            out.add(AuditEvent.of("session.status_changed", "session", sessionId)
                    .with(Map.of("fields", List.of("status"), "from", applied.fromStatus(), "to", applied.toStatus())));
        }
        if (!applied.fields().isEmpty()) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("fields", applied.fields());
            changes.putAll(applied.settings());
            out.add(AuditEvent.of("session.settings_changed", "session", sessionId).with(changes));
        }
        return out;
    }

    /** An invitation or removal of a member: the membership's id, its session and the role. */
    static AuditEvent member(String action, UUID sessionId, Collaborator member) {
        return AuditEvent.of(action, "collaborator", member.getId())
                .with(Map.of("sessionId", sessionId.toString(), "fields", List.of("role"), "role", member.getRole()));
    }
}
