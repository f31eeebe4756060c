package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.RoundVote;
import io.pulse.messaging.brainstorm.model.VoteStatusView;
import io.pulse.messaging.brainstorm.model.VotingRound;
import io.pulse.messaging.brainstorm.repository.RoundVoteRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Votes cast and withdrawn while a voting round is open, inside the caller's transaction ({@link VoteService}'s): the
 * round's limit per participant and its idea scope, checked here first and enforced by the database (the trigger
 * brainstorm_round_votes_within_limit, which also refuses a vote once the round is closed). The answer shows the idea's
 * votes only to whom the round's results are shown.
 */
@Singleton
public class RoundBallots {

    private final SessionAccess access;
    private final RoundVoteRepository roundVotes;

    public RoundBallots(SessionAccess access, RoundVoteRepository roundVotes) {
        this.access = access;
        this.roundVotes = roundVotes;
    }

    Uni<VoteStatusView> cast(SqlScope scope, Member member, VotingRound round, UUID ideaId) {
        UUID sessionId = member.sessionId();
        return access.idea(scope, sessionId, ideaId)
                .invoke(idea -> {
                    List<UUID> inRound = RoundViews.scope(round);
                    if (inRound != null && !inRound.contains(ideaId)) {
                        throw ApiException.conflict("This idea is not part of the open voting round.");
                    }
                })
                .call(() -> roundVotes.lockVoter(scope, round.getId()))
                .chain(() -> roundVotes.mine(scope, sessionId, round.getId()))
                .call(mine -> {
                    if (mine.contains(ideaId)) {
                        throw ApiException.conflict("You have already voted for this idea in this round.");
                    }
                    if (mine.size() >= round.getVotesPerParticipant()) {
                        throw limitReached(round);
                    }
                    RoundVote vote = new RoundVote();
                    vote.setSessionId(sessionId);
                    vote.setRoundId(round.getId());
                    vote.setIdeaId(ideaId);
                    return roundVotes.persist(scope, vote).onFailure().transform(e -> refusal(e, round));
                })
                .chain(mine -> status(scope, member, round, ideaId, mine.size() + 1));
    }

    Uni<VoteStatusView> withdraw(SqlScope scope, Member member, VotingRound round, UUID ideaId) {
        UUID sessionId = member.sessionId();
        return access.idea(scope, sessionId, ideaId)
                .call(() -> roundVotes.lockVoter(scope, round.getId()))
                .chain(() -> roundVotes.deleteMine(scope, sessionId, round.getId(), ideaId))
                .chain(deleted -> {
                    if (!deleted) {
                        throw ApiException.notFound("Your vote for this idea in this round");
                    }
                    return roundVotes.mine(scope, sessionId, round.getId());
                })
                .chain(mine -> status(scope, member, round, ideaId, mine.size()));
    }

    private Uni<VoteStatusView> status(SqlScope scope, Member member, VotingRound round, UUID ideaId, int used) {
        int left = Math.max(0, round.getVotesPerParticipant() - used);
        if (!RoundViews.showsResults(round, member.role())) {
            return Uni.createFrom().item(new VoteStatusView(ideaId, null, used, left, round.getId()));
        }
        return roundVotes.totals(scope, member.sessionId(), round.getId())
                .map(totals -> new VoteStatusView(ideaId, totals.getOrDefault(ideaId, 0L), used, left, round.getId()));
    }

    private static ApiException limitReached(VotingRound round) {
        return ApiException.conflict("You have used all " + round.getVotesPerParticipant() + " votes of this round; withdraw one first.");
    }

    /** The database's refusals as the API's conflicts; anything else as it is. */
    private static Throwable refusal(Throwable failure, VotingRound round) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg && pg.getMessage() != null) {
                String message = pg.getMessage();
                if ("23505".equals(pg.getSqlState())) {
                    return ApiException.conflict("You have already voted for this idea in this round.");
                }
                if (!"23514".equals(pg.getSqlState())) {
                    return failure;
                }
                if (message.contains("voting round closed")) {
                    return ApiException.conflict("This voting round has ended.");
                }
                if (message.contains("not in the voting round")) {
                    return ApiException.conflict("This idea is not part of the open voting round.");
                }
                return message.contains("vote limit") ? limitReached(round) : failure;
            }
        }
        return failure;
    }
}
