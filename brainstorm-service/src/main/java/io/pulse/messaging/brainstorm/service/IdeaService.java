package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.Api;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.model.Vote;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** Ideas and votes. Every method is one transaction as the calling user; each idea and each vote is a row of its own. */
@ApplicationScoped
public class IdeaService {

    private final Ownership ownership;
    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final SessionEvents events;
    private final Clock clock;

    public IdeaService(Ownership ownership, SessionAccess access, IdeaRepository ideas, VoteRepository votes,
            SessionEvents events, Clock clock) {
        this.ownership = ownership;
        this.access = access;
        this.ideas = ideas;
        this.votes = votes;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Api.IdeaView> add(UUID sessionId, Api.CreateIdea input) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            requireOpen(member.requireContributor());
            String step = input.step() == null ? member.session().getCurrentStep() : checkStep(member, input.step(), "step");
            OffsetDateTime now = now();
            Idea idea = new Idea();
            idea.setSessionId(sessionId);
            idea.setStep(step);
            idea.setText(input.text().strip());
            idea.setDetails(blankToNull(input.details()));
            idea.setCreatedAt(now);
            idea.setUpdatedAt(now);
            return ideas.persist(scope, idea)
                    .call(saved -> events.publish(scope, sessionId, SessionEvents.IDEA_ADDED, ideaEvent(saved)))
                    .map(saved -> Views.idea(saved, List.of(), scope.userId(), false));
        }));
    }

    public Uni<Page<Api.IdeaView>> list(UUID sessionId, String step, PageParams page) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            if (step != null) {
                checkStep(member, step, "step");
            }
            return ideas.pageInSession(scope, sessionId, step, page).chain(found -> votes.votersByIdea(scope, sessionId)
                    .map(voters -> found.map(idea -> Views.idea(idea, voters.get(idea.getId()), scope.userId(),
                            Views.showsVoters(member.session(), member.role())))));
        }));
    }

    public Uni<Api.IdeaView> get(UUID sessionId, UUID ideaId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> find(scope, sessionId, ideaId)
                .chain(idea -> view(scope, member, idea))));
    }

    public Uni<Api.IdeaView> update(UUID sessionId, UUID ideaId, Api.UpdateIdea input) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            requireOpen(member.requireContributor());
            String step = input.step() == null ? null : checkStep(member, input.step(), "step");
            return find(scope, sessionId, ideaId).chain(idea -> {
                requireAuthorOrOwner(scope, member, idea);
                if (input.text() != null) {
                    idea.setText(input.text().strip());
                }
                if (step != null) {
                    idea.setStep(step);
                }
                if (input.details() != null) {
                    idea.setDetails(blankToNull(input.details()));
                }
                idea.setUpdatedAt(now());
                return ideas.flush(scope, idea)
                        .call(saved -> events.publish(scope, sessionId, SessionEvents.IDEA_EDITED, ideaEvent(saved)))
                        .chain(saved -> view(scope, member, saved));
            });
        }));
    }

    public Uni<Void> delete(UUID sessionId, UUID ideaId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            member.requireContributor();
            return find(scope, sessionId, ideaId).chain(idea -> {
                requireAuthorOrOwner(scope, member, idea);
                return ideas.remove(scope, idea)
                        .call(() -> events.publish(scope, sessionId, SessionEvents.IDEA_DELETED, Map.of("ideaId", ideaId)));
            });
        }));
    }

    /**
     * Casts the caller's vote on an idea. The caller's votes in the session are serialised by an advisory lock held
     * to the end of the transaction, so concurrent votes never exceed the session's limit.
     */
    public Uni<Api.VoteStatus> vote(UUID sessionId, UUID ideaId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            requireOpen(member.requireContributor());
            int limit = member.session().getVotesPerParticipant();
            return find(scope, sessionId, ideaId)
                    .call(() -> votes.lockVoter(scope, sessionId))
                    .chain(() -> votes.hasVoted(scope, ideaId))
                    .chain(already -> {
                        if (already) {
                            throw ApiException.conflict("You have already voted for this idea.");
                        }
                        return votes.countMine(scope, sessionId);
                    })
                    .chain(used -> {
                        if (used >= limit) {
                            throw ApiException.conflict("You have used all " + limit + " votes of this session; withdraw one first.");
                        }
                        Vote vote = new Vote();
                        vote.setSessionId(sessionId);
                        vote.setIdeaId(ideaId);
                        // The database enforces the limit too (trigger brainstorm_votes_within_limit): if a vote
                        // from another path got in first, its refusal is the same conflict.
                        return votes.persist(scope, vote)
                                .onFailure(IdeaService::isVoteLimit).transform(e -> ApiException.conflict(
                                        "You have used all " + limit + " votes of this session; withdraw one first."))
                                .replaceWith(used + 1);
                    })
                    .chain(used -> status(scope, sessionId, ideaId, used, limit));
        }));
    }

    public Uni<Api.VoteStatus> unvote(UUID sessionId, UUID ideaId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            requireOpen(member.requireContributor());
            int limit = member.session().getVotesPerParticipant();
            return find(scope, sessionId, ideaId)
                    .call(() -> votes.lockVoter(scope, sessionId))
                    .chain(() -> votes.deleteMine(scope, ideaId))
                    .chain(deleted -> {
                        if (!deleted) {
                            throw ApiException.notFound("Your vote for this idea");
                        }
                        return votes.countMine(scope, sessionId);
                    })
                    .chain(used -> status(scope, sessionId, ideaId, used, limit));
        }));
    }

    public Uni<Api.VotingResults> results(UUID sessionId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> ideas.allInSession(scope, sessionId)
                .chain(all -> votes.votersByIdea(scope, sessionId).chain(voters -> votes.countMine(scope, sessionId).map(used -> {
                    boolean showVoters = Views.showsVoters(member.session(), member.role());
                    List<Api.Tally> tallies = new ArrayList<>();
                    for (Idea idea : all) {
                        List<UUID> who = voters.getOrDefault(idea.getId(), List.of());
                        tallies.add(new Api.Tally(idea.getId(), idea.getText(), idea.getStep(), who.size(), showVoters ? who : null));
                    }
                    tallies.sort(Comparator.comparingLong(Api.Tally::votes).reversed());
                    int limit = member.session().getVotesPerParticipant();
                    return new Api.VotingResults(limit, member.session().isAnonymousVoting(), used, Math.max(0, limit - used), tallies);
                })))));
    }

    /**
     * Merges near-duplicate ideas into one: the kept idea credits the authors of the others, which are deleted
     * (with their votes, which their voters get back). Owner only.
     */
    public Uni<Api.IdeaView> merge(UUID sessionId, Api.MergeRequest input) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            requireOpen(member.requireOwner());
            Set<UUID> others = new LinkedHashSet<>(input.ideaIds());
            others.remove(input.keepId());
            if (others.isEmpty()) {
                throw ApiException.invalid("ideaIds", "must name at least one idea other than keepId");
            }
            return find(scope, sessionId, input.keepId()).chain(keep -> ideas.allInSession(scope, sessionId).chain(all -> {
                List<Idea> merged = all.stream().filter(idea -> others.contains(idea.getId())).toList();
                if (merged.size() != others.size()) {
                    throw ApiException.notFound("Idea");
                }
                Set<UUID> credited = new LinkedHashSet<>(Views.coContributors(keep));
                for (Idea idea : merged) {
                    credited.addAll(Views.contributors(idea));
                }
                credited.remove(keep.getUserId());
                keep.setCoContributors(Views.coContributorsJson(List.copyOf(credited)));
                keep.setUpdatedAt(now());
                Uni<Void> removals = Uni.createFrom().voidItem();
                for (Idea idea : merged) {
                    removals = removals.chain(() -> ideas.remove(scope, idea))
                            .call(() -> events.publish(scope, sessionId, SessionEvents.IDEA_DELETED,
                                    Map.of("ideaId", idea.getId(), "mergedInto", keep.getId())));
                }
                return removals.chain(() -> ideas.flush(scope, keep))
                        .call(saved -> events.publish(scope, sessionId, SessionEvents.IDEA_EDITED, ideaEvent(saved)))
                        .chain(saved -> view(scope, member, saved));
            }));
        }));
    }

    private Uni<Api.VoteStatus> status(UserScope scope, UUID sessionId, UUID ideaId, int used, int limit) {
        return votes.countForIdea(scope, ideaId)
                .call(count -> events.publish(scope, sessionId, SessionEvents.VOTE_CHANGED, Map.of("ideaId", ideaId, "votes", count)))
                .map(count -> new Api.VoteStatus(ideaId, count, used, Math.max(0, limit - used)));
    }

    private Uni<Api.IdeaView> view(UserScope scope, Member member, Idea idea) {
        return votes.votersByIdea(scope, member.session().getId())
                .map(voters -> Views.idea(idea, voters.get(idea.getId()), scope.userId(), Views.showsVoters(member.session(), member.role())));
    }

    private Uni<Idea> find(UserScope scope, UUID sessionId, UUID ideaId) {
        return ideas.findInSession(scope, sessionId, ideaId).map(idea -> {
            if (idea == null) {
                throw ApiException.notFound("Idea");
            }
            return idea;
        });
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

    private static void requireAuthorOrOwner(UserScope scope, Member member, Idea idea) {
        if (member.role() != Role.OWNER && !idea.getUserId().equals(scope.userId())) {
            throw ApiException.forbidden("Editors can change and delete only their own ideas.");
        }
    }

    private static Member requireOpen(Member member) {
        if (!"active".equals(member.session().getStatus())) {
            throw ApiException.conflict("The session is " + member.session().getStatus() + "; reopen it to change ideas or votes.");
        }
        return member;
    }

    static String checkStep(Member member, String step, String field) {
        if (member.framework().step(step).isEmpty()) {
            throw ApiException.invalid(field, "is not a step of " + member.session().getFramework() + ": "
                    + String.join(", ", member.framework().steps().stream().map(s -> s.key()).toList()));
        }
        return step;
    }

    private static Map<String, Object> ideaEvent(Idea idea) {
        return Map.of("ideaId", idea.getId(), "step", idea.getStep(), "text", idea.getText(), "authorId", idea.getUserId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
