package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

/**
 * One participant's vote on one idea; {@code userId} is the voter. A vote cast while the session's voting was anonymous
 * stays anonymous ({@code anonymous}, fixed when it is cast: the database sets it too, from the session as it sees it):
 * turning anonymity off later never reveals its voter.
 */
public class Vote extends AuthoredRow {

    private UUID sessionId;

    private UUID ideaId;

    private boolean anonymous = true;

    public UUID getSessionId() {
        return sessionId;
    }

    public void setSessionId(UUID sessionId) {
        this.sessionId = sessionId;
    }

    public UUID getIdeaId() {
        return ideaId;
    }

    public void setIdeaId(UUID ideaId) {
        this.ideaId = ideaId;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
