package io.pulse.messaging.brainstorm.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.brainstorm.llm.ClusterLabelTask.Group;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;

/**
 * The prompt for cluster labels: the session's topic and each cluster (id {@code c1}, {@code c2}, ... in the
 * clustering's order, its size and the texts of its ideas) as quoted data. A large clustering is cut down by sending
 * fewer ideas per cluster (the first ones, down to one); if even that does not fit, {@code over-budget}.
 */
final class ClusterLabelPrompt {

    /** Ideas per cluster at most: enough to see what the cluster is about. */
    static final int MAX_IDEAS_PER_CLUSTER = 12;

    static final String INSTRUCTIONS = """
            You name the groups of ideas of a brainstorming session. The data holds the session's topic and its \
            clusters, each with an id, its number of ideas and the texts of (some of) its ideas. Give each cluster a \
            short label naming what its ideas have in common: a noun phrase of at most 6 words and 60 characters, \
            specific enough to tell the clusters apart (no two labels alike), in the language of the ideas, without \
            quotes or closing punctuation.
            Answer with this JSON object, one entry per cluster id of the data:
            {"labels": [{"cluster": "<cluster id>", "label": "<label>"}]}""";

    private ClusterLabelPrompt() {
    }

    /** The id the prompt gives the cluster at {@code index} (0-based). */
    static String id(int index) {
        return "c" + (index + 1);
    }

    static Prompt build(String topic, List<Group> groups, int maxInputTokens) throws ModelFailure {
        int largest = groups.stream().mapToInt(group -> group.texts().size()).max().orElse(0);
        for (int perCluster = Math.min(largest, MAX_IDEAS_PER_CLUSTER); perCluster >= 1; perCluster = perCluster / 2) {
            Prompt prompt = Prompt.of(INSTRUCTIONS, data(topic, groups, perCluster));
            if (prompt.estimatedTokens() <= maxInputTokens) {
                return prompt;
            }
        }
        throw new ModelFailure(FallbackReason.OVER_BUDGET, groups.size() + " clusters do not fit " + maxInputTokens
                + " tokens even with one idea each");
    }

    private static Map<String, Object> data(String topic, List<Group> groups, int perCluster) {
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> texts = groups.get(i).texts();
            Map<String, Object> cluster = new LinkedHashMap<>();
            cluster.put("id", id(i));
            cluster.put("ideaCount", texts.size());
            cluster.put("ideas", texts.subList(0, Math.min(perCluster, texts.size())));
            clusters.add(cluster);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("topic", topic);
        data.put("clusters", clusters);
        return data;
    }
}
