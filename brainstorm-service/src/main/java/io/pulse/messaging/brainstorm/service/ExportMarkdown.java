package io.pulse.messaging.brainstorm.service;

import java.util.UUID;

import io.pulse.messaging.brainstorm.model.ActionItemView;
import io.pulse.messaging.brainstorm.model.ExportView;
import io.pulse.messaging.brainstorm.model.IdeaView;
import io.pulse.messaging.brainstorm.model.SessionView;
import io.pulse.messaging.brainstorm.model.VotingResultsView;

/** A session's export as a Markdown document: ideas by step and by cluster, the votes table, the contributors and the action items. */
public final class ExportMarkdown {

    private ExportMarkdown() {
    }

    public static String of(ExportView export) {
        StringBuilder md = new StringBuilder();
        SessionView session = export.session();
        md.append("# ").append(session.title()).append("\n\n");
        md.append("**Topic:** ").append(session.topic()).append("  \n");
        md.append("**Framework:** ").append(session.framework()).append(" · **Status:** ").append(session.status())
                .append(" · **Ideas:** ").append(session.ideaCount()).append("\n\n");
        steps(md, export);
        clusters(md, export.clusters());
        votes(md, export.votes());
        contributors(md, export);
        actionItems(md, export);
        return md.toString();
    }

    private static void steps(StringBuilder md, ExportView export) {
        md.append("## Ideas by step\n\n");
        int position = 1;
        for (ExportView.StepExport step : export.steps()) {
            md.append("### ").append(position++).append(". ").append(step.title()).append("\n\n");
            md.append("_").append(step.question()).append("_\n\n");
            if (step.ideas().isEmpty()) {
                md.append("- (no ideas yet)\n");
            }
            step.ideas().forEach(idea -> bullet(md, idea));
            md.append('\n');
        }
    }

    private static void clusters(StringBuilder md, ExportView.ClustersExport clusters) {
        md.append("## Ideas by cluster\n\n");
        if (clusters == null) {
            md.append("Not clustered yet.\n\n");
            return;
        }
        if (!clusters.current()) {
            md.append("_Ideas changed after this clustering._\n\n");
        }
        for (ExportView.ClusterExport cluster : clusters.clusters()) {
            md.append("### ").append(cluster.label()).append(String.format(" (confidence %.2f)", cluster.confidence())).append("\n\n");
            cluster.ideas().forEach(idea -> bullet(md, idea));
            md.append('\n');
        }
        md.append("### Unclustered\n\n");
        if (clusters.unclustered().isEmpty()) {
            md.append("- (none)\n");
        }
        clusters.unclustered().forEach(idea -> bullet(md, idea));
        md.append('\n');
    }

    private static void votes(StringBuilder md, VotingResultsView votes) {
        md.append("## Votes\n\n| Rank | Idea | Step | Votes |\n| ---: | --- | --- | ---: |\n");
        int rank = 1;
        for (VotingResultsView.Tally tally : votes.items()) {
            md.append("| ").append(rank++).append(" | ").append(cell(tally.text())).append(" | ").append(tally.step())
                    .append(" | ").append(tally.votes()).append(" |\n");
        }
    }

    private static void contributors(StringBuilder md, ExportView export) {
        md.append("\n## Contributors\n\n");
        for (ExportView.ContributorExport contributor : export.contributors()) {
            md.append("- ").append(contributor.userId()).append(": ").append(contributor.ideas())
                    .append(contributor.ideas() == 1 ? " idea" : " ideas").append('\n');
        }
    }

    private static void actionItems(StringBuilder md, ExportView export) {
        md.append("\n## Action items\n\n");
        if (export.actionItems().isEmpty()) {
            md.append("None yet.\n");
            return;
        }
        md.append("| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n");
        for (ActionItemView item : export.actionItems()) {
            md.append("| ").append(cell(item.ideaText()));
            if (item.note() != null) {
                md.append(" (").append(cell(item.note())).append(')');
            }
            md.append(" | ").append(item.ownerId() == null ? "unassigned" : item.ownerId().toString())
                    .append(" | ").append(item.dueDate()).append(" | ").append(item.status()).append(item.overdue() ? ", overdue" : "")
                    .append(" |\n");
        }
    }

    private static void bullet(StringBuilder md, IdeaView idea) {
        md.append("- ").append(idea.text().replace("\n", " ")).append(" (").append(idea.votes()).append(idea.votes() == 1 ? " vote" : " votes");
        md.append("; by ").append(String.join(", ", idea.contributors().stream().map(UUID::toString).toList())).append(")\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
