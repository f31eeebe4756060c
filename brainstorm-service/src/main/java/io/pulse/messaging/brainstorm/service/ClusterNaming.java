package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.llm.ClusterLabelTask;
import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;

/**
 * Names the clusters the embedding clusterer found (feature {@value ClusterLabelTask#FEATURE}): the model's label for
 * each cluster where it gives one that holds, the local label otherwise. Blocks on the model: call it on a worker
 * thread, outside any transaction.
 */
@ApplicationScoped
public class ClusterNaming {

    /** The named clusters, in the clustering's order, and the engine that named them. */
    record Named(List<ClusterView> clusters, EngineUsed engine) {
    }

    private final ModelOrLocal models;

    public ClusterNaming(ModelOrLocal models) {
        this.models = models;
    }

    Named name(String topic, List<Idea> ideas, List<IdeaClusterer.Cluster> clusters) {
        if (clusters.isEmpty()) {
            return new Named(List.of(), EngineUsed.local()); // nothing to name: no call
        }
        Map<UUID, String> texts = ideas.stream().collect(Collectors.toMap(Idea::getId, Idea::getText, (a, b) -> a));
        List<ClusterLabelTask.Group> groups = clusters.stream()
                .map(c -> new ClusterLabelTask.Group(c.ideaIds().stream().map(texts::get).toList(), c.label())).toList();
        Generated<List<ClusterLabelTask.Label>> labels = models.generate(ClusterLabelTask.FEATURE, new ClusterLabelTask(topic, groups));
        Function<ClusterLabelTask.Label, String> labelEngine = label -> label.fromModel() ? labels.engine().engine() : EngineUsed.LOCAL;
        List<ClusterView> named = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            IdeaClusterer.Cluster cluster = clusters.get(i);
            ClusterLabelTask.Label label = labels.value().get(i);
            named.add(new ClusterView(label.text(), labelEngine.apply(label), cluster.ideaIds(), cluster.confidence(), cluster.cohesion()));
        }
        return new Named(named, labels.engine());
    }
}
