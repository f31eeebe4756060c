package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;

/**
 * A brainstorming session; {@code userId} is its owner (the facilitator). Updates write only the changed columns: the
 * step timer's claim changes {@code step_due_at} with a statement of its own, which a concurrent change of another
 * column must not write back.
 */
public class BrainstormSession extends AuthoredRow {

    private OffsetDateTime updatedAt;

    private String title;

    private String topic;

    private String framework;

    private String status;

    private String currentStep;

    private int votesPerParticipant;

    private boolean anonymousVoting;

    private Integer stepTimerSeconds;

    private OffsetDateTime stepStartedAt;

    /** When a member's data is erased: keep their ideas as a former member's (true) or remove them (false). */
    private boolean keepIdeasOfFormerMembers;

    /** When the current step's time is up and not yet announced (null: no timer, or announced). */
    private OffsetDateTime stepDueAt;

    /** When the step's time is up: move to the framework's next step. */
    private boolean advanceOnTimeUp;

    public OffsetDateTime getStepDueAt() {
        return stepDueAt;
    }

    public void setStepDueAt(OffsetDateTime stepDueAt) {
        this.stepDueAt = stepDueAt;
    }

    public boolean isAdvanceOnTimeUp() {
        return advanceOnTimeUp;
    }

    public void setAdvanceOnTimeUp(boolean advanceOnTimeUp) {
        this.advanceOnTimeUp = advanceOnTimeUp;
    }

    /**
     * Restarts the step timer at {@code now}: due after {@code seconds} (the step's own time box, else the session's
     * step timer), or never when null.
     */
    public void startStepTimer(OffsetDateTime now, Integer seconds) {
        this.stepStartedAt = now;
        this.stepDueAt = seconds == null ? null : now.plusSeconds(seconds);
    }

    /**
     * JSON object {@code {"steps": [{key, title, question, timeBoxSeconds}]}}: a custom session's own steps, copied from
     * the template it was made from (null for a built-in framework, whose steps are the framework's). Never changed.
     */
    private String steps;

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public boolean isKeepIdeasOfFormerMembers() {
        return keepIdeasOfFormerMembers;
    }

    public void setKeepIdeasOfFormerMembers(boolean keepIdeasOfFormerMembers) {
        this.keepIdeasOfFormerMembers = keepIdeasOfFormerMembers;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public void setCurrentStep(String currentStep) {
        this.currentStep = currentStep;
    }

    public int getVotesPerParticipant() {
        return votesPerParticipant;
    }

    public void setVotesPerParticipant(int votesPerParticipant) {
        this.votesPerParticipant = votesPerParticipant;
    }

    public boolean isAnonymousVoting() {
        return anonymousVoting;
    }

    public void setAnonymousVoting(boolean anonymousVoting) {
        this.anonymousVoting = anonymousVoting;
    }

    public Integer getStepTimerSeconds() {
        return stepTimerSeconds;
    }

    public void setStepTimerSeconds(Integer stepTimerSeconds) {
        this.stepTimerSeconds = stepTimerSeconds;
    }

    public OffsetDateTime getStepStartedAt() {
        return stepStartedAt;
    }

    public void setStepStartedAt(OffsetDateTime stepStartedAt) {
        this.stepStartedAt = stepStartedAt;
    }

    /** A copy of the session as it is now (to compare with after a change: only changed columns are written). */
    public BrainstormSession copy() {
        BrainstormSession copy = new BrainstormSession();
        copy.setId(getId());
        copy.setUserId(getUserId());
        copy.setCreatedAt(getCreatedAt());
        copy.updatedAt = updatedAt;
        copy.title = title;
        copy.topic = topic;
        copy.framework = framework;
        copy.status = status;
        copy.currentStep = currentStep;
        copy.votesPerParticipant = votesPerParticipant;
        copy.anonymousVoting = anonymousVoting;
        copy.stepTimerSeconds = stepTimerSeconds;
        copy.stepStartedAt = stepStartedAt;
        copy.keepIdeasOfFormerMembers = keepIdeasOfFormerMembers;
        copy.stepDueAt = stepDueAt;
        copy.advanceOnTimeUp = advanceOnTimeUp;
        copy.steps = steps;
        return copy;
    }
}
