package io.pulse.messaging.brainstorm.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.llm.ClusterLabelTask.Group;
import io.pulse.messaging.brainstorm.llm.ClusterLabelTask.Label;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;

/** The cluster-label prompt and the validation of a model's labels, without a model. */
class ClusterLabelTaskTest {

    private static final String TOPIC = "Make the office greener";
    private final List<Group> groups = List.of(
            new Group(List.of("Solar panels on the roof", "A heat pump instead of the gas boiler", "Buy green electricity"), "solar"),
            new Group(List.of("Bike racks at the entrance", "A cycle-to-work allowance"), "bike"),
            new Group(List.of("Reusable cups in the kitchen", "No more plastic water bottles"), "cups"));
    private final ClusterLabelTask task = new ClusterLabelTask(TOPIC, groups);

    @Test
    void eachClusterIsDataUnderItsId() throws ModelFailure {
        Prompt prompt = task.prompt(6000);
        assertTrue(prompt.data().contains("\"id\":\"c1\"") && prompt.data().contains("\"id\":\"c3\"")
                && prompt.data().contains("A cycle-to-work allowance") && prompt.data().contains(TOPIC));
        assertFalse(prompt.instructions().contains("Solar"));
    }

    @Test
    void aLargeClusteringSendsFewerIdeasPerClusterOrNothing() throws ModelFailure {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Idea " + i + " about turning off the lights and the monitors on every floor at night");
        }
        ClusterLabelTask big = new ClusterLabelTask(TOPIC, List.of(new Group(texts, "lights"), new Group(texts, "monitors")));
        Prompt prompt = big.prompt(500);
        assertTrue(prompt.estimatedTokens() <= 500 && prompt.data().contains("Idea 0 ") && !prompt.data().contains("Idea 11 "));
        assertEquals(FallbackReason.OVER_BUDGET, assertThrows(ModelFailure.class, () -> big.prompt(200)).reason());
    }

    @Test
    void validLabelsReplaceTheLocalOnes() throws ModelFailure {
        List<Label> labels = task.accept("""
                {"labels": [{"cluster": "c2", "label": "Cycling to work"}, {"cluster": "c1", "label": "\\"Renewable energy.\\""},
                            {"cluster": "c3", "label": "Less single-use plastic"}]}""", Drops.uncounted());
        assertEquals(List.of(new Label("Renewable energy", true), new Label("Cycling to work", true),
                new Label("Less single-use plastic", true)), labels);
    }

    @Test
    void aDroppedLabelLeavesTheLocalOne() throws ModelFailure {
        Drops drops = Drops.uncounted();
        List<Label> labels = task.accept("""
                {"labels": [{"cluster": "c1", "label": "Renewable energy"},
                            {"cluster": "c1", "label": "Clean power"},
                            {"cluster": "c2", "label": "Ways to get more of the staff to cycle to work"},
                            {"cluster": "c3", "label": "renewable  ENERGY"},
                            {"cluster": "c9", "label": "Paperless office"},
                            {"cluster": "c3", "label": "   "}]}""", drops);
        assertEquals(List.of(new Label("Renewable energy", true), new Label("bike", false), new Label("cups", false)), labels);
        assertEquals(5, drops.count());
    }

    @Test
    void aModelLabelMayNotTakeTheWordingOfALocalLabelKeptElsewhere() throws ModelFailure {
        Drops drops = Drops.uncounted();
        List<Label> labels = task.accept("{\"labels\": [{\"cluster\": \"c1\", \"label\": \"Bike\"}, {\"cluster\": \"c3\", \"label\": \"Reusables\"}]}",
                drops);
        assertEquals(List.of(new Label("solar", false), new Label("bike", false), new Label("Reusables", true)), labels);
        assertEquals(1, drops.count());
    }

    @Test
    void noValidLabelIsInvalidOutput() {
        for (String answer : List.of("Cluster 1: energy; cluster 2: bikes", "{\"labels\": []}",
                "{\"labels\": [{\"cluster\": 1, \"label\": \"Energy\"}]}", "{\"labels\": [{\"cluster\": \"c4\", \"label\": \"Energy\"}]}")) {
            assertEquals(FallbackReason.INVALID_OUTPUT, assertThrows(ModelFailure.class, () -> task.accept(answer, Drops.uncounted()), answer)
                    .reason(), answer);
        }
        assertEquals(List.of(new Label("solar", false), new Label("bike", false), new Label("cups", false)), task.local());
    }
}
