package io.pulse.messaging.brainstorm.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulse.messaging.brainstorm.llm.ClusterLabelTask.Group;
import io.pulse.messaging.brainstorm.llm.ClusterLabelTask.Label;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;

/**
 * Checks a model's cluster labels, dropping (and counting, by kind) what fails: {@code unknown-cluster} (an id the
 * prompt did not give), {@code duplicate-cluster} (a second label for a cluster: the first stands),
 * {@code empty-label}, {@code label-too-long} (over {@value #MAX_WORDS} words or {@value #MAX_CHARS} characters) and
 * {@code duplicate-label} (the same label, ignoring case and spacing, as another cluster's, model's or local). A
 * cluster without a valid label keeps its local one; no valid label at all: {@link FallbackReason#INVALID_OUTPUT}.
 */
final class ClusterLabelValidator {

    static final int MAX_WORDS = 6;
    static final int MAX_CHARS = 60;

    /** The JSON a model answers with, as read. */
    record Answer(List<Item> labels) {

        record Item(String cluster, String label) {
        }
    }

    private final List<Group> groups;

    ClusterLabelValidator(List<Group> groups) {
        this.groups = groups;
    }

    List<Label> validate(Answer answer, Drops drops) throws ModelFailure {
        if (answer.labels() == null || answer.labels().isEmpty()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer has no labels");
        }
        String[] chosen = fromModel(answer.labels(), drops);
        // A model label may not take the wording of a cluster that keeps its local label.
        Set<String> localKept = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (chosen[i] == null) {
                localKept.add(ModelText.comparable(groups.get(i).localLabel()));
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            if (chosen[i] != null && localKept.contains(ModelText.comparable(chosen[i]))) {
                drops.drop("duplicate-label");
                chosen[i] = null;
            }
        }
        if (Arrays.stream(chosen).allMatch(label -> label == null)) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "no label survived validation");
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            labels.add(chosen[i] == null ? new Label(groups.get(i).localLabel(), false) : new Label(chosen[i], true));
        }
        return labels;
    }

    /** The model's valid label for each cluster (by position), null where it gave none that holds. */
    private String[] fromModel(List<Answer.Item> items, Drops drops) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            index.put(ClusterLabelPrompt.id(i), i);
        }
        String[] chosen = new String[groups.size()];
        Set<String> seen = new HashSet<>();
        for (Answer.Item item : items) {
            Integer at = item == null || item.cluster() == null ? null : index.get(item.cluster().strip());
            String label = item == null ? null : ModelText.label(item.label());
            String problem = at == null ? "unknown-cluster"
                    : chosen[at] != null ? "duplicate-cluster"
                    : label == null || label.isEmpty() ? "empty-label"
                    : label.length() > MAX_CHARS || ModelText.words(label) > MAX_WORDS ? "label-too-long"
                    : !seen.add(ModelText.comparable(label)) ? "duplicate-label" : null;
            if (problem != null) {
                drops.drop(problem);
            } else {
                chosen[at] = label;
            }
        }
        return chosen;
    }
}
