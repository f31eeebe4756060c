package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.ExportView;
import io.pulse.messaging.brainstorm.model.ExportView.ClusterExport;
import io.pulse.messaging.brainstorm.model.ExportView.ClustersExport;
import io.pulse.messaging.brainstorm.model.ExportView.ContributorExport;
import io.pulse.messaging.brainstorm.model.ExportView.StepExport;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.IdeaView;
import io.pulse.messaging.brainstorm.model.VotingResultsView;
import io.pulse.messaging.brainstorm.service.ExportReads.Content;

/** Puts an export together from what {@link ExportReads} read: ideas by step and by cluster, votes, contributors. */
final class ExportDocument {

    private ExportDocument() {
    }

    static ExportView of(Content content) {
        boolean showVoters = ViewMapper.showsVoters(content.member.session(), content.member.role());
        Map<UUID, IdeaView> views = new LinkedHashMap<>();
        for (Idea idea : content.ideas) {
            views.put(idea.getId(), ViewMapper.idea(idea, content.ballots.get(idea.getId()), content.caller, showVoters));
        }
        List<VotingResultsView.Tally> tallies = views.values().stream()
                .map(view -> new VotingResultsView.Tally(view.id(), view.text(), view.step(), view.votes(), view.voters())).toList();
        return new ExportView(ViewMapper.session(content.member.session(), content.member.role(), content.counts),
                steps(content.member.steps(), views), clusters(content, views),
                ViewMapper.results(content.member.session(), content.votesUsed, tallies), contributors(views),
                content.actionItems.stream().map(row -> ActionItemService.view(row, content.today)).toList());
    }

    private static List<StepExport> steps(List<Framework.Step> all, Map<UUID, IdeaView> views) {
        List<StepExport> steps = new ArrayList<>();
        for (Framework.Step step : all) {
            steps.add(new StepExport(step.key(), step.title(), step.question(),
                    views.values().stream().filter(v -> v.step().equals(step.key())).toList()));
        }
        return steps;
    }

    /** The latest clustering with the ideas in place of their ids; null if the session was never clustered. */
    private static ClustersExport clusters(Content content, Map<UUID, IdeaView> views) {
        if (content.clustering == null) {
            return null;
        }
        ClusteringView clustering = ClusteringStore.read(content.clustering);
        List<ClusterExport> groups = clustering.clusters().stream()
                .map(c -> new ClusterExport(c.label(), c.confidence(), present(c.ideaIds(), views))).toList();
        return new ClustersExport(groups, present(clustering.unclustered(), views), clustering.mergeProposals(),
                clustering.ideaSetHash().equals(IdeaSetHash.of(content.ideas)));
    }

    /** Everyone who contributed an idea, with how many; most first, then by id. */
    private static List<ContributorExport> contributors(Map<UUID, IdeaView> views) {
        Map<UUID, Long> byContributor = new HashMap<>();
        for (IdeaView view : views.values()) {
            view.contributors().forEach(c -> byContributor.merge(c, 1L, Long::sum));
        }
        return byContributor.entrySet().stream()
                .map(e -> new ContributorExport(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ContributorExport::ideas).reversed().thenComparing(ContributorExport::userId))
                .toList();
    }

    /** The views of the ideas still there, in the given order. */
    private static List<IdeaView> present(List<UUID> ids, Map<UUID, IdeaView> views) {
        return ids.stream().map(views::get).filter(v -> v != null).toList();
    }
}
