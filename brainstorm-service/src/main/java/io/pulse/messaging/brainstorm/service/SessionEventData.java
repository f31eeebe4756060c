package io.pulse.messaging.brainstorm.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * The data of the live events that every member of a session reads alike (row-level security and the queries let any
 * member read a session's ideas, votes, step, status and clustering, and nothing in them depends on who reads): an idea
 * as it is now, an idea's vote count, the session's step or status, the clustering in figures. Read in a transaction
 * bound to a member; null when the claim no longer holds (an added idea gone since, a "deleted" idea that exists, no
 * clustering): nothing is passed on. The actor is added by the caller.
 */
@ApplicationScoped
public class SessionEventData {

    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final ClusteringRepository clusterings;

    public SessionEventData(IdeaRepository ideas, VoteRepository votes, ClusteringRepository clusterings) {
        this.ideas = ideas;
        this.votes = votes;
        this.clusterings = clusterings;
    }

    /** Whether every member reads the same data for an event of this type. */
    static boolean sameForEveryMember(String type) {
        return switch (type) {
            case SessionEvents.IDEA_ADDED, SessionEvents.IDEA_EDITED, SessionEvents.IDEA_DELETED, SessionEvents.VOTE_CHANGED,
                    SessionEvents.STEP_CHANGED, SessionEvents.SESSION_UPDATED, SessionEvents.CLUSTERS_UPDATED -> true;
            default -> false;
        };
    }

    /** Whether the event names who made the change (a vote never names its voter). */
    static boolean attributed(String type) {
        return !SessionEvents.VOTE_CHANGED.equals(type);
    }

    /** The event's data as the scope's member reads it now (one of {@link #sameForEveryMember}'s types), or null. */
    Uni<JsonObject> read(SqlScope scope, BrainstormSession session, String type, JsonObject claim) {
        UUID sessionId = session.getId();
        return switch (type) {
            case SessionEvents.IDEA_ADDED, SessionEvents.IDEA_EDITED -> ideas.findInSession(scope, sessionId, uuid(claim, "ideaId"))
                    .map(idea -> idea == null ? null : new JsonObject().put("ideaId", idea.getId().toString()).put("step", idea.getStep())
                            .put("text", idea.getText()).put("authorId", idea.getUserId() == null ? null : idea.getUserId().toString()));
            case SessionEvents.IDEA_DELETED -> ideas.findInSession(scope, sessionId, uuid(claim, "ideaId"))
                    .map(idea -> idea != null ? null : gone(claim));
            case SessionEvents.VOTE_CHANGED -> votes.countForIdea(scope, sessionId, uuid(claim, "ideaId"))
                    .map(count -> new JsonObject().put("ideaId", claim.getString("ideaId")).put("votes", count));
            case SessionEvents.STEP_CHANGED -> Uni.createFrom().item(new JsonObject().put("currentStep", session.getCurrentStep())
                    .put("stepStartedAt", session.getStepStartedAt().toString()));
            case SessionEvents.SESSION_UPDATED -> Uni.createFrom().item(new JsonObject().put("status", session.getStatus()));
            case SessionEvents.CLUSTERS_UPDATED -> clusterings.find(scope, sessionId).map(record -> record == null ? null : figures(record));
            default -> throw new IllegalArgumentException("Not an event every member reads alike: " + type);
        };
    }

    private static JsonObject gone(JsonObject claim) {
        JsonObject data = new JsonObject().put("ideaId", claim.getString("ideaId"));
        if (claim.getString("mergedInto") != null) {
            data.put("mergedInto", claim.getString("mergedInto"));
        }
        return data;
    }

    private static JsonObject figures(ClusteringRecord record) {
        ClusteringView view = ClusteringStore.read(record);
        return new JsonObject().put("clusters", view.clusters().size()).put("unclustered", view.unclustered().size())
                .put("mergeProposals", view.mergeProposals().size()).put("ideaSetHash", view.ideaSetHash());
    }

    private static UUID uuid(JsonObject claim, String field) {
        return UUID.fromString(claim.getString(field));
    }
}
