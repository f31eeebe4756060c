package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.Vote;
import io.pulse.messaging.brainstorm.model.VoteStatusView;
import io.pulse.messaging.brainstorm.model.VotingResultsView;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository.Ballot;
import io.pulse.messaging.brainstorm.repository.VotingRoundRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Votes within the per-participant limit: each vote a row of its own. While a voting round is open, votes are cast in
 * it ({@link RoundBallots}); otherwise they are the session's. Every public method is one transaction as the calling user.
 */
@ApplicationScoped
public class VoteService {

    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final SessionEvents events;
    private final VotingRoundRepository rounds;
    private final RoundBallots ballots;

    private final SqlOwnership ownership;

    public VoteService(SqlOwnership ownership, SessionAccess access, IdeaRepository ideas, VoteRepository votes, SessionEvents events,
            VotingRoundRepository rounds, RoundBallots ballots) {
        this.ownership = ownership;
        this.rounds = rounds;
        this.ballots = ballots;
        this.access = access;
        this.ideas = ideas;
        this.votes = votes;
        this.events = events;
    }

    /**
     * Casts the caller's vote on an idea. The caller's votes in the session are serialised by an advisory lock held
     * to the end of the transaction, so concurrent votes never exceed the session's limit.
     */
    public Uni<VoteStatusView> vote(UUID sessionId, UUID ideaId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).map(member -> member.requireContributor().requireOpen())
                .chain(member -> rounds.findOpen(scope, sessionId).chain(round -> round == null
                        ? cast(scope, member, ideaId)
                        : ballots.cast(scope, member, round, ideaId))));
    }

    /** Withdraws the caller's vote on an idea (404 when there is none); in the open voting round while there is one. */
    public Uni<VoteStatusView> unvote(UUID sessionId, UUID ideaId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).map(member -> member.requireContributor().requireOpen())
                .chain(member -> rounds.findOpen(scope, sessionId).chain(round -> round == null
                        ? withdraw(scope, member, ideaId)
                        : ballots.withdraw(scope, member, round, ideaId))));
    }

    /**
     * Votes per idea, most voted first; the voters only for the owner of a session without anonymous voting, and only
     * those who voted while voting was not anonymous.
     */
    public Uni<VotingResultsView> results(UUID sessionId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).chain(member -> results(scope, member)));
    }

    private Uni<VoteStatusView> cast(SqlScope scope, Member member, UUID ideaId) {
        UUID sessionId = member.sessionId();
        int limit = member.session().getVotesPerParticipant();
        return access.idea(scope, sessionId, ideaId)
                .call(() -> votes.lockVoter(scope, sessionId))
                .chain(() -> votes.hasVoted(scope, sessionId, ideaId))
                .chain(already -> {
                    if (already) {
                        throw ApiException.conflict("You have already voted for this idea.");
                    }
                    return votes.countMine(scope, sessionId);
                })
                .call(used -> store(scope, member, ideaId, used, limit))
                .chain(used -> status(scope, sessionId, ideaId, used + 1, limit));
    }

    private Uni<Vote> store(SqlScope scope, Member member, UUID ideaId, int used, int limit) {
        if (used >= limit) {
            throw limitReached(limit);
        }
        Vote vote = new Vote();
        vote.setSessionId(member.sessionId());
        vote.setIdeaId(ideaId);
        // Anonymous if voting is anonymous now; the database also makes it so if the session is anonymous as it sees it.
        vote.setAnonymous(member.session().isAnonymousVoting());
        // The database enforces the limit too (trigger brainstorm_votes_within_limit): if a vote from another path got
        // in first, its refusal is the same conflict.
        return votes.persist(scope, vote).onFailure(VoteService::isVoteLimit).transform(e -> limitReached(limit));
    }

    private Uni<VoteStatusView> withdraw(SqlScope scope, Member member, UUID ideaId) {
        UUID sessionId = member.sessionId();
        return access.idea(scope, sessionId, ideaId)
                .call(() -> votes.lockVoter(scope, sessionId))
                .chain(() -> votes.deleteMine(scope, sessionId, ideaId))
                .chain(deleted -> {
                    if (!deleted) {
                        throw ApiException.notFound("Your vote for this idea");
                    }
                    return votes.countMine(scope, sessionId);
                })
                .chain(used -> status(scope, sessionId, ideaId, used, member.session().getVotesPerParticipant()));
    }

    /**
     * The idea's votes and the caller's budget, announced to the session's members. The announcement names the idea only,
     * never the voter: each member's stream reads the idea's count as that member.
     */
    private Uni<VoteStatusView> status(SqlScope scope, UUID sessionId, UUID ideaId, int used, int limit) {
        return votes.countForIdea(scope, sessionId, ideaId)
                .call(count -> events.publish(scope, sessionId, SessionEvents.VOTE_CHANGED, Map.of("ideaId", ideaId)))
                .map(count -> new VoteStatusView(ideaId, count, used, Math.max(0, limit - used)));
    }

    private Uni<VotingResultsView> results(SqlScope scope, Member member) {
        UUID sessionId = member.sessionId();
        boolean showVoters = ViewMapper.showsVoters(member.session(), member.role());
        return ideas.allInSession(scope, sessionId)
                .chain(all -> votes.ballotsByIdea(scope, sessionId).map(ballots -> tallies(all, ballots, showVoters)))
                .chain(tallies -> votes.countMine(scope, sessionId).map(used -> ViewMapper.results(member.session(), used, tallies)));
    }

    private static List<VotingResultsView.Tally> tallies(List<Idea> all, Map<UUID, List<Ballot>> ballots, boolean showVoters) {
        return all.stream().map(idea -> {
            List<Ballot> cast = ballots.getOrDefault(idea.getId(), List.of());
            return new VotingResultsView.Tally(idea.getId(), idea.getText(), idea.getStep(), cast.size(),
                    showVoters ? ViewMapper.named(cast) : null);
        }).toList();
    }

    private static ApiException limitReached(int limit) {
        return ApiException.conflict("You have used all " + limit + " votes of this session; withdraw one first.");
    }

    /** The database's refusal of a vote past the limit (SQLSTATE 23514 from the brainstorm_votes_within_limit trigger). */
    static boolean isVoteLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg) {
                return "23514".equals(pg.getSqlState()) && pg.getMessage() != null && pg.getMessage().contains("vote limit");
            }
        }
        return false;
    }
}
