package io.pulse.messaging.brainstorm.service;

import java.time.OffsetDateTime;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.SessionSettings;
import io.pulse.messaging.brainstorm.model.UpdateSessionRequest;

/** Applies a validated {@code PATCH} to a session: what the request names changes, the rest stays. */
final class SessionChanges {

    private SessionChanges() {
    }

    /** Applies the changes at {@code now}; true when the current step changed (which restarts the step timer). */
    static boolean apply(BrainstormSession session, UpdateSessionRequest input, OffsetDateTime now) {
        boolean stepChanged = input.currentStep() != null && !input.currentStep().equals(session.getCurrentStep());
        if (input.title() != null) {
            session.setTitle(input.title().strip());
        }
        if (input.topic() != null) {
            session.setTopic(input.topic().strip());
        }
        if (input.status() != null) {
            session.setStatus(input.status());
        }
        if (stepChanged) {
            session.setCurrentStep(input.currentStep());
            session.setStepStartedAt(now);
        }
        if (input.settings() != null) {
            apply(session, input.settings());
        }
        session.setUpdatedAt(now);
        return stepChanged;
    }

    private static void apply(BrainstormSession session, SessionSettings settings) {
        if (settings.votesPerParticipant() != null) {
            session.setVotesPerParticipant(settings.votesPerParticipant());
        }
        if (settings.anonymousVoting() != null) {
            session.setAnonymousVoting(settings.anonymousVoting());
        }
        if (settings.stepTimerSeconds() != null) {
            session.setStepTimerSeconds(settings.stepTimerSeconds());
        }
    }
}
