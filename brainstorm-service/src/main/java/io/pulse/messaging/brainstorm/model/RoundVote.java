package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

/** One participant's vote on one idea in one voting round; {@code userId} is the voter. Never changed, only withdrawn. */
public class RoundVote extends AuthoredRow {

    private UUID sessionId;

    private UUID roundId;

    private UUID ideaId;

    public UUID getSessionId() {
        return sessionId;
    }

    public void setSessionId(UUID sessionId) {
        this.sessionId = sessionId;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public void setRoundId(UUID roundId) {
        this.roundId = roundId;
    }

    public UUID getIdeaId() {
        return ideaId;
    }

    public void setIdeaId(UUID ideaId) {
        this.ideaId = ideaId;
    }
}
