package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.StartVotingRoundRequest;
import io.pulse.messaging.brainstorm.model.VotingRound;
import io.pulse.messaging.brainstorm.model.VotingRoundView;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.RoundVoteRepository;
import io.pulse.messaging.brainstorm.repository.VotingRoundRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Multi;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Voting rounds: the owner starts one (at most one open per session), ends it or lets its timer end it, and reveals its
 * results; every member reads them as far as they may. Every public method is one transaction as the calling user.
 */
@ApplicationScoped
public class VotingRoundService {

    private final SessionAccess access;
    private final VotingRoundRepository rounds;
    private final RoundVoteRepository roundVotes;
    private final IdeaRepository ideas;
    private final SessionEvents events;
    private final Clock clock;

    private final SqlOwnership ownership;

    public VotingRoundService(SqlOwnership ownership, SessionAccess access, VotingRoundRepository rounds, RoundVoteRepository roundVotes, IdeaRepository ideas,
            SessionEvents events, Clock clock) {
        this.ownership = ownership;
        this.access = access;
        this.rounds = rounds;
        this.roundVotes = roundVotes;
        this.ideas = ideas;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a round (owner only, an active session): 409 while another round is open. */
    public Uni<VotingRoundView> start(UUID sessionId, StartVotingRoundRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId)
                    .map(member -> member.requireOwner().requireOpen())
                    .call(member -> rounds.findOpen(scope, sessionId).invoke(open -> {
                        if (open != null) {
                            throw alreadyOpen();
                        }
                    }))
                    .call(member -> checkScope(scope, sessionId, input.ideaIds()))
                    .chain(member -> rounds.persist(scope, newRound(member, input))
                            .onFailure(VotingRoundService::isOneOpen).transform(e -> alreadyOpen())
                            .call(round -> events.publish(scope, sessionId, SessionEvents.VOTING_STARTED, Map.of("roundId", round.getId())))
                            .chain(round -> view(scope, member, round)));
        });
    }

    /** Ends the open round (owner only): 409 when it has ended already. */
    public Uni<VotingRoundView> end(UUID sessionId, UUID roundId) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId).map(Member::requireOwner)
                    .chain(member -> rounds.close(scope, sessionId, roundId, Timestamps.now(clock), "owner").chain(closed -> {
                        Uni<Void> announce = closed
                                ? events.publish(scope, sessionId, SessionEvents.VOTING_CLOSED, Map.of("roundId", roundId))
                                : Uni.createFrom().voidItem();
                        return announce.chain(() -> round(scope, sessionId, roundId)).invoke(round -> {
                            if (!closed) {
                                throw ApiException.conflict("This voting round has ended already.");
                            }
                        }).chain(round -> view(scope, member, round));
                    }));
        });
    }

    /** Shows the round's results to every member (owner only); revealing again changes nothing. */
    public Uni<VotingRoundView> reveal(UUID sessionId, UUID roundId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).map(Member::requireOwner)
                .chain(member -> rounds.reveal(scope, sessionId, roundId, Timestamps.now(clock))
                        .call(revealed -> revealed
                                ? events.publish(scope, sessionId, SessionEvents.VOTING_REVEALED, Map.of("roundId", roundId))
                                : Uni.createFrom().voidItem())
                        .chain(ignored -> round(scope, sessionId, roundId))
                        .chain(round -> view(scope, member, round))));
    }

    /** The session's rounds, newest first, without totals. */
    public Uni<Page<VotingRoundView>> list(UUID sessionId, PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId)
                .chain(member -> rounds.page(scope, sessionId, page))
                .chain(rows -> Multi.createFrom().iterable(rows.items())
                        .onItem().transformToUniAndConcatenate(round -> roundVotes.mine(scope, sessionId, round.getId())
                                .map(mine -> RoundViews.summary(round, mine)))
                        .collect().asList()
                        .map(views -> new Page<>(views, rows.nextCursor()))));
    }

    /** One round with its totals, ranked, when the caller may see them. */
    public Uni<VotingRoundView> get(UUID sessionId, UUID roundId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).chain(member -> round(scope, sessionId, roundId).chain(round -> view(scope, member, round))));
    }

    /** The round as {@code member} sees it, with totals when they may see them. */
    Uni<VotingRoundView> view(SqlScope scope, Member member, VotingRound round) {
        UUID sessionId = member.sessionId();
        return roundVotes.mine(scope, sessionId, round.getId()).chain(mine -> {
            if (!RoundViews.showsResults(round, member.role())) {
                return Uni.createFrom().item(RoundViews.summary(round, mine));
            }
            return ideas.allInSession(scope, sessionId).chain(all -> roundVotes.totals(scope, sessionId, round.getId())
                    .map(totals -> RoundViews.withResults(round, mine, all, totals)));
        });
    }

    private Uni<VotingRound> round(SqlScope scope, UUID sessionId, UUID roundId) {
        return rounds.find(scope, sessionId, roundId).map(round -> {
            if (round == null) {
                throw ApiException.notFound("Voting round");
            }
            return round;
        });
    }

    private Uni<Void> checkScope(SqlScope scope, UUID sessionId, List<UUID> ideaIds) {
        if (ideaIds == null) {
            return Uni.createFrom().voidItem();
        }
        return ideas.allInSession(scope, sessionId).invoke(all -> {
            Set<UUID> known = Set.copyOf(all.stream().map(Idea::getId).toList());
            if (!known.containsAll(ideaIds)) {
                throw ApiException.invalid("ideaIds", "must be ideas of this session");
            }
        }).replaceWithVoid();
    }

    private VotingRound newRound(Member member, StartVotingRoundRequest input) {
        OffsetDateTime now = Timestamps.now(clock);
        VotingRound round = new VotingRound();
        round.setId(Ids.newId(clock));
        round.setSessionId(member.sessionId());
        round.setCreatedAt(now);
        round.setVotesPerParticipant(input.votesPerParticipant() != null ? input.votesPerParticipant()
                : Math.max(1, member.session().getVotesPerParticipant()));
        round.setDurationSeconds(input.durationSeconds());
        round.setEndsAt(input.durationSeconds() == null ? null : now.plusSeconds(input.durationSeconds()));
        round.setIdeaIds(RoundViews.scopeJson(input.ideaIds() == null ? null : List.copyOf(Set.copyOf(input.ideaIds()))));
        round.setRevealOnEnd(input.revealOnEnd() == null || input.revealOnEnd());
        return round;
    }

    private static ApiException alreadyOpen() {
        return ApiException.conflict("A voting round is already open in this session; end it first.");
    }

    /** The database's refusal of a second open round (the partial unique index brainstorm_voting_rounds_one_open). */
    private static boolean isOneOpen(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg) {
                return "23505".equals(pg.getSqlState()) && pg.getMessage() != null && pg.getMessage().contains("one_open");
            }
        }
        return false;
    }
}
