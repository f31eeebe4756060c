package io.pulse.messaging.brainstorm.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.SessionSettings;
import io.pulse.messaging.brainstorm.model.UpdateSessionRequest;

/** Applies a validated {@code PATCH} to a session: what the request names changes, the rest stays. */
final class SessionChanges {

    /**
     * What a {@code PATCH} changed: whether the step moved (which restarts the step timer), the status before and after
     * (equal when unchanged), the names of the other fields that changed, and the new values of those that are
     * settings (numbers and flags; never the title or topic).
     */
    record Applied(boolean stepChanged, String fromStatus, String toStatus, List<String> fields, Map<String, Object> settings) {

        boolean statusChanged() {
            return !fromStatus.equals(toStatus);
        }
    }

    private SessionChanges() {
    }

    /** Applies the changes at {@code now}. */
    static Applied apply(BrainstormSession session, UpdateSessionRequest input, OffsetDateTime now) {
        boolean stepChanged = input.currentStep() != null && !input.currentStep().equals(session.getCurrentStep());
        String fromStatus = session.getStatus();
        List<String> fields = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.title() != null && !input.title().strip().equals(session.getTitle())) {
            session.setTitle(input.title().strip());
            fields.add("title");
        }
        if (input.topic() != null && !input.topic().strip().equals(session.getTopic())) {
            session.setTopic(input.topic().strip());
            fields.add("topic");
        }
        if (input.status() != null) {
            session.setStatus(input.status());
        }
        if (stepChanged) {
            session.setCurrentStep(input.currentStep());
        }
        if (input.settings() != null) {
            apply(session, input.settings(), fields, values);
        }
        if (stepChanged) {
            session.startStepTimer(now, SessionSteps.timeBox(session));
        } else if (fields.contains("stepTimerSeconds")) {
            // A new time box for the step under way: due (again) when it runs out, counted from the step's start.
            Integer seconds = SessionSteps.timeBox(session);
            session.setStepDueAt(seconds == null ? null : session.getStepStartedAt().plusSeconds(seconds));
        }
        session.setUpdatedAt(now);
        return new Applied(stepChanged, fromStatus, session.getStatus(), List.copyOf(fields), values);
    }

    private static void apply(BrainstormSession session, SessionSettings settings, List<String> fields, Map<String, Object> values) {
        if (settings.votesPerParticipant() != null && settings.votesPerParticipant() != session.getVotesPerParticipant()) {
            session.setVotesPerParticipant(settings.votesPerParticipant());
            changed("votesPerParticipant", settings.votesPerParticipant(), fields, values);
        }
        if (settings.anonymousVoting() != null && settings.anonymousVoting() != session.isAnonymousVoting()) {
            session.setAnonymousVoting(settings.anonymousVoting());
            changed("anonymousVoting", settings.anonymousVoting(), fields, values);
        }
        if (settings.stepTimerSeconds() != null && !Objects.equals(settings.stepTimerSeconds(), session.getStepTimerSeconds())) {
            session.setStepTimerSeconds(settings.stepTimerSeconds());
            changed("stepTimerSeconds", settings.stepTimerSeconds(), fields, values);
        }
        if (settings.keepIdeasOfFormerMembers() != null && settings.keepIdeasOfFormerMembers() != session.isKeepIdeasOfFormerMembers()) {
            session.setKeepIdeasOfFormerMembers(settings.keepIdeasOfFormerMembers());
            changed("keepIdeasOfFormerMembers", settings.keepIdeasOfFormerMembers(), fields, values);
        }
        if (settings.advanceOnTimeUp() != null && settings.advanceOnTimeUp() != session.isAdvanceOnTimeUp()) {
            session.setAdvanceOnTimeUp(settings.advanceOnTimeUp());
            changed("advanceOnTimeUp", settings.advanceOnTimeUp(), fields, values);
        }
    }

    private static void changed(String field, Object value, List<String> fields, Map<String, Object> values) {
        fields.add(field);
        values.put(field, value);
    }
}
