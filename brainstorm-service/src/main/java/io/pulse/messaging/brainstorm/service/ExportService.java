package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.Api;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.common.ownership.Ownership;
import io.smallrye.mutiny.Uni;

/** A session's whole content as a document: ideas by step and by cluster, votes and contributors. */
@ApplicationScoped
public class ExportService {

    @Schema(description = "A session exported as JSON")
    public record Export(Api.SessionView session, List<StepExport> steps,
            @Schema(nullable = true, description = "The latest clustering with each cluster's ideas; null if never clustered") ClustersExport clusters,
            Api.VotingResults votes, List<ContributorExport> contributors) {
    }

    public record StepExport(String key, String title, String question, List<Api.IdeaView> ideas) {
    }

    public record ClusterExport(String label, double confidence, List<Api.IdeaView> ideas) {
    }

    public record ClustersExport(List<ClusterExport> clusters, List<Api.IdeaView> unclustered, List<Api.MergeProposalView> mergeProposals,
            @Schema(description = "False when ideas changed after the clustering") boolean current) {
    }

    public record ContributorExport(UUID userId, long ideas) {
    }

    private final Ownership ownership;
    private final SessionAccess access;
    private final SessionRepository sessions;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final ClusteringRepository clusterings;
    private final AssistService assist;

    public ExportService(Ownership ownership, SessionAccess access, SessionRepository sessions, IdeaRepository ideas,
            VoteRepository votes, ClusteringRepository clusterings, AssistService assist) {
        this.ownership = ownership;
        this.access = access;
        this.sessions = sessions;
        this.ideas = ideas;
        this.votes = votes;
        this.clusterings = clusterings;
        this.assist = assist;
    }

    public Uni<Export> export(UUID sessionId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> sessions.ideaCountsByStep(scope, sessionId)
                .chain(counts -> ideas.allInSession(scope, sessionId)
                        .chain(all -> votes.votersByIdea(scope, sessionId)
                                .chain(voters -> votes.countMine(scope, sessionId)
                                        .chain(used -> clusterings.find(scope, sessionId).map(record -> {
                                            boolean showVoters = Views.showsVoters(member.session(), member.role());
                                            Map<UUID, Api.IdeaView> views = new LinkedHashMap<>();
                                            for (Idea idea : all) {
                                                views.put(idea.getId(), Views.idea(idea, voters.get(idea.getId()), scope.userId(), showVoters));
                                            }
                                            Framework framework = member.framework();
                                            List<StepExport> steps = new ArrayList<>();
                                            for (Framework.Step step : framework.steps()) {
                                                steps.add(new StepExport(step.key(), step.title(), step.question(),
                                                        views.values().stream().filter(v -> v.step().equals(step.key())).toList()));
                                            }
                                            ClustersExport clusters = null;
                                            if (record != null) {
                                                Api.Clustering clustering = assist.readClustering(record);
                                                List<ClusterExport> groups = clustering.clusters().stream()
                                                        .map(c -> new ClusterExport(c.label(), c.confidence(), present(c.ideaIds(), views))).toList();
                                                clusters = new ClustersExport(groups, present(clustering.unclustered(), views),
                                                        clustering.mergeProposals(), clustering.ideaSetHash().equals(AssistService.ideaSetHash(all)));
                                            }
                                            List<Api.Tally> tallies = new ArrayList<>();
                                            for (Api.IdeaView view : views.values()) {
                                                tallies.add(new Api.Tally(view.id(), view.text(), view.step(), view.votes(), view.voters()));
                                            }
                                            tallies.sort(Comparator.comparingLong(Api.Tally::votes).reversed());
                                            int limit = member.session().getVotesPerParticipant();
                                            Api.VotingResults results = new Api.VotingResults(limit, member.session().isAnonymousVoting(),
                                                    used, Math.max(0, limit - used), tallies);
                                            Map<UUID, Long> byContributor = new HashMap<>();
                                            for (Api.IdeaView view : views.values()) {
                                                view.contributors().forEach(c -> byContributor.merge(c, 1L, Long::sum));
                                            }
                                            List<ContributorExport> contributors = byContributor.entrySet().stream()
                                                    .map(e -> new ContributorExport(e.getKey(), e.getValue()))
                                                    .sorted(Comparator.comparingLong(ContributorExport::ideas).reversed()
                                                            .thenComparing(ContributorExport::userId))
                                                    .toList();
                                            return new Export(Views.session(member.session(), member.role(), counts), steps, clusters,
                                                    results, contributors);
                                        })))))));
    }

    private static List<Api.IdeaView> present(List<UUID> ids, Map<UUID, Api.IdeaView> views) {
        return ids.stream().map(views::get).filter(v -> v != null).toList();
    }

    /** The export as a Markdown document. */
    public static String markdown(Export export) {
        StringBuilder md = new StringBuilder();
        Api.SessionView session = export.session();
        md.append("# ").append(session.title()).append("\n\n");
        md.append("**Topic:** ").append(session.topic()).append("  \n");
        md.append("**Framework:** ").append(session.framework()).append(" · **Status:** ").append(session.status())
                .append(" · **Ideas:** ").append(session.ideaCount()).append("\n\n");
        md.append("## Ideas by step\n\n");
        int position = 1;
        for (StepExport step : export.steps()) {
            md.append("### ").append(position++).append(". ").append(step.title()).append("\n\n");
            md.append("_").append(step.question()).append("_\n\n");
            if (step.ideas().isEmpty()) {
                md.append("- (no ideas yet)\n");
            }
            step.ideas().forEach(idea -> bullet(md, idea));
            md.append('\n');
        }
        md.append("## Ideas by cluster\n\n");
        if (export.clusters() == null) {
            md.append("Not clustered yet.\n\n");
        } else {
            if (!export.clusters().current()) {
                md.append("_Ideas changed after this clustering._\n\n");
            }
            for (ClusterExport cluster : export.clusters().clusters()) {
                md.append("### ").append(cluster.label()).append(String.format(" (confidence %.2f)", cluster.confidence())).append("\n\n");
                cluster.ideas().forEach(idea -> bullet(md, idea));
                md.append('\n');
            }
            md.append("### Unclustered\n\n");
            if (export.clusters().unclustered().isEmpty()) {
                md.append("- (none)\n");
            }
            export.clusters().unclustered().forEach(idea -> bullet(md, idea));
            md.append('\n');
        }
        md.append("## Votes\n\n| Rank | Idea | Step | Votes |\n| ---: | --- | --- | ---: |\n");
        int rank = 1;
        for (Api.Tally tally : export.votes().items()) {
            md.append("| ").append(rank++).append(" | ").append(cell(tally.text())).append(" | ").append(tally.step())
                    .append(" | ").append(tally.votes()).append(" |\n");
        }
        md.append("\n## Contributors\n\n");
        for (ContributorExport contributor : export.contributors()) {
            md.append("- ").append(contributor.userId()).append(": ").append(contributor.ideas())
                    .append(contributor.ideas() == 1 ? " idea" : " ideas").append('\n');
        }
        return md.toString();
    }

    private static void bullet(StringBuilder md, Api.IdeaView idea) {
        md.append("- ").append(idea.text().replace("\n", " ")).append(" (").append(idea.votes()).append(idea.votes() == 1 ? " vote" : " votes");
        md.append("; by ").append(String.join(", ", idea.contributors().stream().map(UUID::toString).toList())).append(")\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
