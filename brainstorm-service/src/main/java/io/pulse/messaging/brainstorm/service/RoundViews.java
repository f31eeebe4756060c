package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.model.VotingRound;
import io.pulse.messaging.brainstorm.model.VotingRoundView;

/** Voting rounds as views: what the caller may see of them, and the per-idea totals ranked. */
final class RoundViews {

    private RoundViews() {
    }

    /** The ideas the round is about (stored as {"ideaIds": [...]}); null: every idea of the session. */
    static List<UUID> scope(VotingRound round) {
        return round.getIdeaIds() == null ? null
                : StoredJson.read(round.getIdeaIds(), IdeaScope.class, "idea_ids of round " + round.getId()).ideaIds();
    }

    static String scopeJson(List<UUID> ideaIds) {
        return ideaIds == null ? null : StoredJson.write(new IdeaScope(ideaIds));
    }

    /** The stored shape of a round's idea scope. */
    record IdeaScope(List<UUID> ideaIds) {
    }

    /** Whether the caller sees the round's totals: the owner always, the others once they are visible. */
    static boolean showsResults(VotingRound round, Role role) {
        return role == Role.OWNER || round.resultsVisible();
    }

    /** The round without totals (a list's item, or a caller who may not see them yet). */
    static VotingRoundView summary(VotingRound round, List<UUID> mine) {
        return view(round, mine, null);
    }

    /** The round with its totals over {@code ideas} (those in its scope), most voted first; equal totals share a rank. */
    static VotingRoundView withResults(VotingRound round, List<UUID> mine, List<Idea> ideas, Map<UUID, Long> totals) {
        List<UUID> scope = scope(round);
        Set<UUID> inScope = scope == null ? null : Set.copyOf(scope);
        List<Idea> counted = ideas.stream().filter(idea -> inScope == null || inScope.contains(idea.getId())).toList();
        List<Idea> ordered = new ArrayList<>(counted);
        ordered.sort(Comparator.comparingLong((Idea idea) -> totals.getOrDefault(idea.getId(), 0L)).reversed()
                .thenComparing(Idea::getCreatedAt).thenComparing(Idea::getId));
        List<VotingRoundView.Result> results = new ArrayList<>();
        long previous = -1;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Idea idea = ordered.get(i);
            long votes = totals.getOrDefault(idea.getId(), 0L);
            if (votes != previous) {
                rank = i + 1;
                previous = votes;
            }
            results.add(new VotingRoundView.Result(idea.getId(), idea.getText(), idea.getStep(), votes, rank));
        }
        return view(round, mine, results);
    }

    private static VotingRoundView view(VotingRound round, List<UUID> mine, List<VotingRoundView.Result> results) {
        int used = mine.size();
        Long total = results == null ? null : results.stream().mapToLong(VotingRoundView.Result::votes).sum();
        return new VotingRoundView(round.getId(), round.getSessionId(), round.isOpen() ? "open" : "closed",
                round.getVotesPerParticipant(), round.getDurationSeconds(), round.getCreatedAt(), round.getEndsAt(),
                round.getClosedAt(), round.getClosedBy(), scope(round), round.isRevealOnEnd(), round.getRevealedAt(),
                round.resultsVisible(), used, Math.max(0, round.getVotesPerParticipant() - used), mine, total, results);
    }
}
