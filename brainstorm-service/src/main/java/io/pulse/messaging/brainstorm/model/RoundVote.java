package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulse.messaging.common.orm.OwnedEntity;

/** One participant's vote on one idea in one voting round; {@code userId} is the voter. Never changed, only withdrawn. */
@Entity
@Table(name = "brainstorm_round_votes")
public class RoundVote extends OwnedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "idea_id", nullable = false, updatable = false)
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
