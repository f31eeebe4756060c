package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A voting round of a session (Miro's voting session); {@code userId} is the session's owner, who started it. Open
 * while {@code closedAt} is null; its votes are {@link RoundVote}s.
 */
public class VotingRound extends AuthoredRow {

    private UUID sessionId;

    private int votesPerParticipant;

    private Integer durationSeconds;

    private OffsetDateTime endsAt;

    /** JSON object {@code {"ideaIds": [...]}}: the ideas the round is about; null: every idea of the session. */
    private String ideaIds;

    private boolean revealOnEnd = true;

    private OffsetDateTime revealedAt;

    private OffsetDateTime closedAt;

    /** Who closed it: {@code owner} or {@code timer}. */
    private String closedBy;

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Whether every member may see the results: revealed, or ended with reveal on end. */
    public boolean resultsVisible() {
        return revealedAt != null || (closedAt != null && revealOnEnd);
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public void setSessionId(UUID sessionId) {
        this.sessionId = sessionId;
    }

    public int getVotesPerParticipant() {
        return votesPerParticipant;
    }

    public void setVotesPerParticipant(int votesPerParticipant) {
        this.votesPerParticipant = votesPerParticipant;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(OffsetDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getIdeaIds() {
        return ideaIds;
    }

    public void setIdeaIds(String ideaIds) {
        this.ideaIds = ideaIds;
    }

    public boolean isRevealOnEnd() {
        return revealOnEnd;
    }

    public void setRevealOnEnd(boolean revealOnEnd) {
        this.revealOnEnd = revealOnEnd;
    }

    public OffsetDateTime getRevealedAt() {
        return revealedAt;
    }

    public void setRevealedAt(OffsetDateTime revealedAt) {
        this.revealedAt = revealedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(OffsetDateTime closedAt) {
        this.closedAt = closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public void setClosedBy(String closedBy) {
        this.closedBy = closedBy;
    }
}
