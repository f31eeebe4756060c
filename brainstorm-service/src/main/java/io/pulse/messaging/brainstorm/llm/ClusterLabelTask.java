package io.pulse.messaging.brainstorm.llm;

import java.util.List;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;

/**
 * Labels for the clusters the embedding clusterer found ({@link ClusterLabelPrompt}, {@link ClusterLabelValidator}):
 * one per cluster, in the clustering's order; where the model gives no valid label (or at all, when it fails), the
 * local label stands.
 */
public final class ClusterLabelTask implements ModelTask<List<ClusterLabelTask.Label>> {

    /** The feature's name in settings ({@code pulse.ai.feature.cluster-labels.*}) and metrics. */
    public static final String FEATURE = "cluster-labels";
    /** Raise it when the prompt changes what a good answer is. */
    public static final int PROMPT_VERSION = 1;

    /** One cluster to label: the texts of its ideas and the label the local engine gave it. */
    public record Group(List<String> texts, String localLabel) {
    }

    /** A cluster's label, and whether the model wrote it. */
    public record Label(String text, boolean fromModel) {
    }

    private final String topic;
    private final List<Group> groups;

    public ClusterLabelTask(String topic, List<Group> groups) {
        this.topic = topic;
        this.groups = List.copyOf(groups);
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        return ClusterLabelPrompt.build(topic, groups, maxInputTokens);
    }

    @Override
    public List<Label> accept(String answer, Drops drops) throws ModelFailure {
        ClusterLabelValidator.Answer parsed = ModelJson.read(answer, ClusterLabelValidator.Answer.class);
        return new ClusterLabelValidator(groups).validate(parsed, drops);
    }

    @Override
    public List<Label> local() {
        return groups.stream().map(group -> new Label(group.localLabel(), false)).toList();
    }
}
