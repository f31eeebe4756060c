package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.CreateIdeaRequest;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.IdeaView;
import io.pulse.messaging.brainstorm.model.MergeRequest;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.model.UpdateIdeaRequest;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.SessionReads;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/** Ideas: each a row of its own. Every public method is one transaction as the calling user. */
@ApplicationScoped
public class IdeaService {

    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final SessionEvents events;
    private final Clock clock;
    private final SessionReads reads;
    private final SqlOwnership ownership;

    public IdeaService(SessionAccess access, IdeaRepository ideas, VoteRepository votes, SessionEvents events, Clock clock,
            SessionReads reads, SqlOwnership ownership) {
        this.reads = reads;
        this.ownership = ownership;
        this.access = access;
        this.ideas = ideas;
        this.votes = votes;
        this.events = events;
        this.clock = clock;
    }

    /** Adds an idea to a step (the current one by default); owner and editors of an active session. */
    public Uni<IdeaView> add(UUID sessionId, CreateIdeaRequest input) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId)
                .map(member -> newIdea(member.requireContributor().requireOpen(), input))
                .chain(idea -> ideas.persist(scope, idea))
                .call(saved -> events.publish(scope, sessionId, SessionEvents.IDEA_ADDED, ideaEvent(saved)))
                .map(saved -> ViewMapper.idea(saved, List.of(), scope.userId(), false)));
    }

    /**
     * A session's ideas (optionally of one step) with their votes, oldest first, one keyset page: on the SQL client, one
     * statement for the caller's membership (404 for a non-member, before anything else is looked at) and one for the
     * page with its votes.
     */
    public Uni<Page<IdeaView>> list(UUID sessionId, String step, PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> reads.membership(scope, sessionId).chain(member -> {
            if (member == null) {
                throw ApiException.notFound("Session");
            }
            if (step != null) {
                SessionAccess.requireStep(member.framework(), SessionSteps.of(member.framework(), member.steps()), step, "step");
            }
            Cursor cursor = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
            boolean showVoters = ViewMapper.showsVoters(Role.of(member.role()), member.anonymousVoting());
            return reads.ideas(scope, sessionId, step, cursor, page.limit() + 1)
                    .map(rows -> Page.of(rows, page.limit(), row -> Cursor.of(row.createdAt(), row.id()))
                            .map(row -> ViewMapper.idea(row, showVoters)));
        }));
    }

    public Uni<IdeaView> get(UUID sessionId, UUID ideaId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId)
                .chain(member -> access.idea(scope, sessionId, ideaId).chain(idea -> view(scope, member, idea))));
    }

    /** Changes an idea: its author (an editor) or the owner, in an active session. */
    public Uni<IdeaView> update(UUID sessionId, UUID ideaId, UpdateIdeaRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId).chain(member -> {
                member.requireContributor().requireOpen();
                String step = input.step() == null ? null : member.requireStep(input.step(), "step");
                return access.idea(scope, sessionId, ideaId).chain(idea -> edit(scope, member, idea, input, step));
            });
        });
    }

    /** Deletes an idea with its votes: its author (an editor) or the owner. */
    public Uni<Void> delete(UUID sessionId, UUID ideaId) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId).chain(member -> {
                member.requireContributor();
                return access.idea(scope, sessionId, ideaId)
                        .invoke(idea -> requireAuthorOrOwner(scope, member, idea))
                        .chain(idea -> ideas.remove(scope, idea));
            }).call(() -> events.publish(scope, sessionId, SessionEvents.IDEA_DELETED, Map.of("ideaId", ideaId)));
        });
    }

    /**
     * Merges near-duplicate ideas into one: the kept idea credits the authors of the others, which are deleted
     * (with their votes, which their voters get back). Owner only.
     */
    public Uni<IdeaView> merge(UUID sessionId, MergeRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            Set<UUID> others = new LinkedHashSet<>(input.ideaIds());
            others.remove(input.keepId());
            return access.require(scope, sessionId)
                    .invoke(member -> {
                        member.requireOwner().requireOpen();
                        if (others.isEmpty()) {
                            throw ApiException.invalid("ideaIds", "must name at least one idea other than keepId");
                        }
                    })
                    .chain(member -> access.idea(scope, sessionId, input.keepId()).chain(keep -> mergeAll(scope, member, keep, others)));
        });
    }

    private Idea newIdea(Member member, CreateIdeaRequest input) {
        String step = input.step() == null ? member.session().getCurrentStep() : member.requireStep(input.step(), "step");
        OffsetDateTime now = Timestamps.now(clock);
        Idea idea = new Idea();
        idea.setSessionId(member.sessionId());
        idea.setStep(step);
        idea.setText(input.text().strip());
        idea.setDetails(blankToNull(input.details()));
        idea.setCreatedAt(now);
        idea.setUpdatedAt(now);
        return idea;
    }

    private Uni<IdeaView> edit(SqlScope scope, Member member, Idea idea, UpdateIdeaRequest input, String step) {
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
        idea.setUpdatedAt(Timestamps.now(clock));
        return ideas.update(scope, idea)
                .call(saved -> events.publish(scope, member.sessionId(), SessionEvents.IDEA_EDITED, ideaEvent(saved)))
                .chain(saved -> view(scope, member, saved));
    }

    private Uni<IdeaView> mergeAll(SqlScope scope, Member member, Idea keep, Set<UUID> others) {
        return ideas.allInSession(scope, member.sessionId()).chain(all -> mergeInto(scope, member, keep, merged(all, others)));
    }

    /** The ideas to merge, each of the session: 404 when one is not. */
    private static List<Idea> merged(List<Idea> all, Set<UUID> others) {
        List<Idea> merged = all.stream().filter(idea -> others.contains(idea.getId())).toList();
        if (merged.size() != others.size()) {
            throw ApiException.notFound("Idea");
        }
        return merged;
    }

    private Uni<IdeaView> mergeInto(SqlScope scope, Member member, Idea keep, List<Idea> merged) {
        Set<UUID> credited = new LinkedHashSet<>(ViewMapper.coContributors(keep));
        merged.forEach(idea -> credited.addAll(ViewMapper.contributors(idea)));
        credited.remove(keep.getUserId());
        keep.setCoContributors(ViewMapper.coContributorsJson(List.copyOf(credited)));
        keep.setUpdatedAt(Timestamps.now(clock));
        Uni<Void> removals = Uni.createFrom().voidItem();
        for (Idea idea : merged) {
            removals = removals.chain(() -> ideas.remove(scope, idea))
                    .call(() -> events.publish(scope, member.sessionId(), SessionEvents.IDEA_DELETED,
                            Map.of("ideaId", idea.getId(), "mergedInto", keep.getId())));
        }
        return removals.chain(() -> ideas.update(scope, keep))
                .call(saved -> events.publish(scope, member.sessionId(), SessionEvents.IDEA_EDITED, ideaEvent(saved)))
                .chain(saved -> view(scope, member, saved));
    }

    private Uni<IdeaView> view(SqlScope scope, Member member, Idea idea) {
        boolean showVoters = ViewMapper.showsVoters(member.session(), member.role());
        return votes.ballotsByIdea(scope, member.sessionId())
                .map(voters -> ViewMapper.idea(idea, voters.get(idea.getId()), scope.userId(), showVoters));
    }

    private static void requireAuthorOrOwner(SqlScope scope, Member member, Idea idea) {
        if (member.role() != Role.OWNER && !scope.userId().equals(idea.getUserId())) {
            throw ApiException.forbidden("Editors can change and delete only their own ideas.");
        }
    }

    /** The idea an event is about: its id only (each member's stream reads the idea itself). */
    static Map<String, Object> ideaEvent(Idea idea) {
        return Map.of("ideaId", idea.getId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
