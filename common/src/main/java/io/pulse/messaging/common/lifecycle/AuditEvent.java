package io.pulse.messaging.common.lifecycle;

import java.util.Map;

/**
 * A configuration change to record: {@code action} as {@code <object>.<verb>} (for example {@code rule.updated}),
 * what it changed ({@code targetType} and {@code targetId}), and {@code changes}: the changed fields' names and,
 * for settings only (flags, numbers, names of things), their new values. Never message text or reply bodies: the trail
 * outlives the data it describes.
 */
public record AuditEvent(String action, String targetType, String targetId, Map<String, ?> changes) {

    public AuditEvent {
        if (!action.matches("[a-z][a-z_]*(\\.[a-z][a-z_]*)+")) {
            throw new IllegalArgumentException("Not an audit action: " + action);
        }
        changes = changes == null ? Map.of() : changes;
    }

    public static AuditEvent of(String action, String targetType, Object targetId) {
        return new AuditEvent(action, targetType, targetId == null ? null : targetId.toString(), Map.of());
    }

    public AuditEvent with(Map<String, ?> changed) {
        return new AuditEvent(action, targetType, targetId, changed);
    }
}
