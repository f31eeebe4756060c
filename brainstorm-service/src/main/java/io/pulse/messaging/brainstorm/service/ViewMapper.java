package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.brainstorm.model.CollaboratorView;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.IdeaView;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.model.SessionSettings;
import io.pulse.messaging.brainstorm.model.SessionView;
import io.pulse.messaging.brainstorm.model.StepView;
import io.pulse.messaging.brainstorm.model.VotingResultsView;
import io.pulse.messaging.brainstorm.repository.SessionReads.IdeaRow;
import io.pulse.messaging.brainstorm.repository.VoteRepository.Ballot;

/** Turns the stored rows into the API's views. */
final class ViewMapper {

    private ViewMapper() {
    }

    /** The session with its framework's steps and the idea count of each ({@code counts} by step key). */
    static SessionView session(BrainstormSession session, Role role, Map<String, Long> counts) {
        List<Framework.Step> all = SessionSteps.of(session);
        List<StepView> steps = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        long total = 0;
        Integer timeBox = SessionSteps.timeBox(session, all);
        for (int i = 0; i < all.size(); i++) {
            Framework.Step step = all.get(i);
            long count = counts.getOrDefault(step.key(), 0L);
            total += count;
            if (count == 0) {
                empty.add(step.key());
            }
            boolean current = step.key().equals(session.getCurrentStep());
            steps.add(new StepView(step.key(), step.title(), step.question(), i + 1, count, count == 0, current,
                    step.timeBoxSeconds()));
        }
        var endsAt = timeBox == null ? null : session.getStepStartedAt().plusSeconds(timeBox);
        SessionSettings settings = new SessionSettings(session.getVotesPerParticipant(), session.isAnonymousVoting(),
                session.getStepTimerSeconds(), session.isKeepIdeasOfFormerMembers(), session.isAdvanceOnTimeUp());
        return new SessionView(session.getId(), session.getTitle(), session.getTopic(), session.getFramework(),
                session.getStatus(), session.getCurrentStep(), role.key(), session.getUserId(), settings,
                session.getStepStartedAt(), endsAt, steps, empty, total, session.getCreatedAt(), session.getUpdatedAt());
    }

    /** The members of a session: its owner first, then the collaborators. */
    static List<CollaboratorView> members(BrainstormSession session, List<Collaborator> collaborators) {
        List<CollaboratorView> out = new ArrayList<>();
        out.add(new CollaboratorView(session.getUserId(), Role.OWNER.key(), null, session.getCreatedAt()));
        collaborators.forEach(row -> out.add(member(row)));
        return out;
    }

    static CollaboratorView member(Collaborator row) {
        return new CollaboratorView(row.getUserId(), row.getRole(), row.getInvitedBy(), row.getCreatedAt());
    }

    /**
     * Voters are shown only to the owner of a session without anonymous voting, and then only the voters of votes cast
     * while voting was not anonymous (see {@link #named}).
     */
    static boolean showsVoters(BrainstormSession session, Role role) {
        return showsVoters(role, session.isAnonymousVoting());
    }

    static boolean showsVoters(Role role, boolean anonymousVoting) {
        return role == Role.OWNER && !anonymousVoting;
    }

    /** An idea as the idea list reads it on the SQL client, its votes counted there. */
    static IdeaView idea(IdeaRow row, boolean showVoters) {
        return new IdeaView(row.id(), row.sessionId(), row.step(), row.text(), row.details(), row.authorId(),
                contributors(row.authorId(), row.coContributors(), row.id()), row.votes(), row.votedByMe(),
                showVoters ? row.namedVoters() : null, row.createdAt(), row.updatedAt());
    }

    static IdeaView idea(Idea idea, List<Ballot> ballots, UUID caller, boolean showVoters) {
        List<Ballot> all = ballots == null ? List.of() : ballots;
        return new IdeaView(idea.getId(), idea.getSessionId(), idea.getStep(), idea.getText(), idea.getDetails(),
                idea.getUserId(), contributors(idea), all.size(), all.stream().anyMatch(b -> b.isBy(caller)),
                showVoters ? named(all) : null, idea.getCreatedAt(), idea.getUpdatedAt());
    }

    /** The voters of the votes that were not cast anonymously: a vote cast anonymously never names its voter. */
    static List<UUID> named(List<Ballot> ballots) {
        return ballots.stream().filter(b -> !b.anonymous() && b.voter() != null).map(Ballot::voter).toList();
    }

    /** The votes of a session, most voted first, with the caller's vote budget ({@code used} votes cast). */
    static VotingResultsView results(BrainstormSession session, int used, List<VotingResultsView.Tally> tallies) {
        List<VotingResultsView.Tally> sorted = new ArrayList<>(tallies);
        sorted.sort(Comparator.comparingLong(VotingResultsView.Tally::votes).reversed());
        int limit = session.getVotesPerParticipant();
        return new VotingResultsView(limit, session.isAnonymousVoting(), used, Math.max(0, limit - used), sorted);
    }

    /** The stored shape of an idea's co-contributors. */
    record CoContributors(List<UUID> userIds) {
    }

    static List<UUID> coContributors(Idea idea) {
        return coContributors(idea.getCoContributors(), idea.getId());
    }

    /**
     * No co-contributors, as PostgreSQL prints the column's value (most ideas were never merged into): read without a
     * parse, which a page of 50 ideas would otherwise do 50 times.
     */
    static final String NONE = "{\"userIds\": []}";

    static List<UUID> coContributors(String json, UUID ideaId) {
        if (NONE.equals(json)) {
            return List.of();
        }
        return StoredJson.read(json, CoContributors.class, "co_contributors of idea " + ideaId).userIds();
    }

    static String coContributorsJson(List<UUID> userIds) {
        return StoredJson.write(new CoContributors(userIds));
    }

    /** The idea's author and the authors of the ideas merged into it. */
    static List<UUID> contributors(Idea idea) {
        return contributors(idea.getUserId(), idea.getCoContributors(), idea.getId());
    }

    private static List<UUID> contributors(UUID author, String coContributorsJson, UUID ideaId) {
        Set<UUID> all = new LinkedHashSet<>();
        if (author != null) {
            all.add(author);
        }
        all.addAll(coContributors(coContributorsJson, ideaId));
        return List.copyOf(all);
    }
}
