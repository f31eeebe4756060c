package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.model.VotingRound;
import io.pulse.messaging.brainstorm.model.VotingRoundView;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.RoundVoteRepository;
import io.pulse.messaging.brainstorm.repository.VotingRoundRepository;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The data of the voting-round and step-timer events for one subscriber, read as them ({@link LiveReads} calls it in
 * the subscriber's transaction): the round as it is now, with its ranked totals when the subscriber may see them (the
 * owner always; the others once revealed or ended with reveal on end). Null: nothing to send (the claim does not hold).
 */
@Singleton
public class RoundLiveReads {

    private final VotingRoundRepository rounds;
    private final RoundVoteRepository roundVotes;
    private final IdeaRepository ideas;
    private final CollaboratorRepository collaborators;

    public RoundLiveReads(VotingRoundRepository rounds, RoundVoteRepository roundVotes, IdeaRepository ideas, CollaboratorRepository collaborators) {
        this.rounds = rounds;
        this.roundVotes = roundVotes;
        this.ideas = ideas;
        this.collaborators = collaborators;
    }

    /** A voting_started, voting_closed or voting_revealed event as the subscriber {@code me} may read it. */
    Uni<JsonObject> round(SqlScope scope, BrainstormSession session, UUID me, String type, JsonObject claim) {
        UUID sessionId = session.getId();
        return rounds.find(scope, sessionId, UUID.fromString(claim.getString("roundId"))).chain(round -> {
            if (round == null || (SessionEvents.VOTING_CLOSED.equals(type) && round.isOpen())
                    || (SessionEvents.VOTING_REVEALED.equals(type) && round.getRevealedAt() == null)) {
                return Uni.createFrom().nullItem();
            }
            JsonObject data = summary(round);
            if (SessionEvents.VOTING_STARTED.equals(type)) {
                return Uni.createFrom().item(data);
            }
            return role(scope, session, me).chain(role -> !RoundViews.showsResults(round, role) ? Uni.createFrom().item(data)
                    : ideas.allInSession(scope, sessionId).chain(all -> roundVotes.totals(scope, sessionId, round.getId())
                            .map(totals -> data.put("results", results(RoundViews.withResults(round, List.of(), all, totals))))));
        });
    }

    /** A step_time_up event: the step whose time ran out, and whether the session moved on. */
    static JsonObject timeUp(JsonObject claim) {
        return new JsonObject().put("step", claim.getString("step")).put("advanced", claim.getBoolean("advanced", false));
    }

    private Uni<Role> role(SqlScope scope, BrainstormSession session, UUID me) {
        if (session.getUserId().equals(me)) {
            return Uni.createFrom().item(Role.OWNER);
        }
        return collaborators.find(scope, session.getId(), me).map(member -> member == null ? Role.VIEWER : Role.of(member.getRole()));
    }

    private static JsonObject summary(VotingRound round) {
        return new JsonObject().put("roundId", round.getId().toString()).put("status", round.isOpen() ? "open" : "closed")
                .put("votesPerParticipant", round.getVotesPerParticipant())
                .put("endsAt", round.getEndsAt() == null ? null : round.getEndsAt().toString())
                .put("closedBy", round.getClosedBy())
                .put("resultsVisible", round.resultsVisible());
    }

    private static JsonArray results(VotingRoundView view) {
        JsonArray out = new JsonArray();
        view.results().forEach(result -> out.add(new JsonObject().put("ideaId", result.ideaId().toString()).put("text", result.text())
                .put("votes", result.votes()).put("rank", result.rank())));
        return out;
    }
}
