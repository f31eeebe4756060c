package io.pulse.messaging.brainstorm.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.engine.LocalSuggestionEngine;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;

/** The suggestion prompt and the validation of a model's answer, without a model. */
class SuggestionTaskTest {

    private static final String TOPIC = "Cut the time new employees need to become productive";
    private final UUID buddy = UUID.randomUUID();
    private final UUID checklist = UUID.randomUUID();
    private final List<ExistingIdea> ideas = List.of(
            new ExistingIdea(buddy, "Pair every new hire with a buddy from another team", "combine"),
            new ExistingIdea(checklist, "Replace the onboarding binder with a one-page checklist", "substitute"));

    private SuggestionTask task(String step, int count) {
        return task(Framework.SCAMPER, step, count, ideas);
    }

    private static SuggestionTask task(Framework framework, String step, int count, List<ExistingIdea> ideas) {
        return new SuggestionTask(new SuggestionRequest(framework, framework.step(step).orElseThrow(), TOPIC, ideas, count),
                new LocalSuggestionEngine());
    }

    private static String item(String text, String step, String... basedOn) {
        return "{\"text\": \"" + text + "\", \"step\": \"" + step + "\", \"rationale\": \"Builds on the session.\", \"basedOn\": ["
                + String.join(", ", java.util.Arrays.stream(basedOn).map(id -> "\"" + id + "\"").toList()) + "]}";
    }

    private static String answer(String... items) {
        return "{\"suggestions\": [" + String.join(", ", items) + "]}";
    }

    @Test
    void theStepAndFrameworkAreInstructionsAndTheSessionIsData() throws ModelFailure {
        Prompt prompt = task("substitute", 3).prompt(6000);
        assertTrue(prompt.instructions().contains("SCAMPER") && prompt.instructions().contains("\"Substitute\"")
                && prompt.instructions().contains(Framework.SCAMPER.step("substitute").orElseThrow().question()), prompt.instructions());
        assertFalse(prompt.instructions().contains(TOPIC) || prompt.instructions().contains("buddy"));
        assertTrue(prompt.data().contains(TOPIC) && prompt.data().contains(buddy.toString()) && prompt.data().contains("one-page checklist"));

        Prompt hats = task(Framework.SIX_HATS, "black", 2, ideas).prompt(6000);
        assertTrue(hats.instructions().contains("Six Thinking Hats") && hats.instructions().contains("Black hat: caution"));
    }

    @Test
    void ideasThatDoNotFitAreLeftOutEarliestFirstAndCounted() throws ModelFailure {
        List<ExistingIdea> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new ExistingIdea(UUID.randomUUID(), "Idea number " + i + " about shadowing a colleague for a week", "adapt"));
        }
        SuggestionTask task = task(Framework.SCAMPER, "adapt", 3, many);
        Prompt prompt = task.prompt(1500);
        assertTrue(prompt.estimatedTokens() <= 1500);
        assertTrue(prompt.data().contains("Idea number 199 ") && !prompt.data().contains("Idea number 0 "));
        int leftOut = task.accept(answer(item("Shadow a customer call in the first week", "adapt")), Drops.uncounted()).ideasLeftOut();
        assertTrue(leftOut > 0 && leftOut < 200, "left out " + leftOut);
        assertTrue(prompt.data().contains("\"earlierIdeasNotShown\":" + leftOut));

        ModelFailure failure = assertThrows(ModelFailure.class, () -> task.prompt(100));
        assertEquals(FallbackReason.OVER_BUDGET, failure.reason());
    }

    @Test
    void validSuggestionsKeepTheirCitationsAndTheRequestedStep() throws ModelFailure {
        SuggestionTask task = task("substitute", 2);
        List<Suggestion> kept = task.accept(answer(
                item("Swap the first-week slide deck for short recorded walkthroughs of the real tools", "substitute", checklist.toString()),
                item("Let the buddy, not the manager, approve tool access requests in week one", "Substitute", buddy.toString(),
                        buddy.toString().toUpperCase())), Drops.uncounted()).suggestions();
        assertEquals(2, kept.size());
        assertEquals(List.of(checklist), kept.get(0).basedOnIdeas());
        assertEquals(List.of(buddy), kept.get(1).basedOnIdeas(), "cited once, whatever the case");
        assertTrue(kept.stream().allMatch(s -> s.step().equals("substitute") && s.basedOn().isEmpty()));
    }

    @Test
    void eachBadItemIsDroppedAndCountedAndTheRestKept() throws ModelFailure {
        Drops drops = Drops.uncounted();
        List<Suggestion> kept = task("eliminate", 2).accept(answer(
                item("", "eliminate"),
                item("x".repeat(281), "eliminate"),
                item("Drop the second week of compliance training", "reverse"),
                item("  replace the onboarding binder with a ONE-PAGE checklist. ", "eliminate"),
                item("Skip the welcome lunch when the team is remote", "eliminate", UUID.randomUUID().toString()),
                item("Remove the laptop request form and ship laptops before day one", "eliminate", buddy.toString(), "idea-7"),
                item("Remove the laptop request form and ship laptops before day one.", "eliminate"),
                item("Stop asking new hires to re-enter data HR already has", "eliminate"),
                item("Cancel the mandatory all-day orientation", "eliminate")), drops).suggestions();
        assertEquals(List.of("Remove the laptop request form and ship laptops before day one",
                "Stop asking new hires to re-enter data HR already has"), kept.stream().map(Suggestion::text).toList());
        assertEquals(List.of(buddy), kept.get(0).basedOnIdeas());
        // empty, too long, wrong step, repeats an idea, 2 unknown ids, unfounded, duplicate, over the count
        assertEquals(9, drops.count());
    }

    @Test
    void anAnswerWithNothingUsableIsInvalidOutput() {
        SuggestionTask task = task("substitute", 3);
        for (String answer : List.of("Here are three ideas: 1. Use a buddy system.", "{\"ideas\": []}", "{\"suggestions\": []}",
                "{\"suggestions\": [{\"text\": 42, \"step\": \"substitute\"}]}",
                answer(item("Pair every new hire with a buddy from another team", "substitute")))) {
            ModelFailure failure = assertThrows(ModelFailure.class, () -> task.accept(answer, Drops.uncounted()), answer);
            assertEquals(FallbackReason.INVALID_OUTPUT, failure.reason(), answer);
        }
    }

    @Test
    void theLocalEngineCitesTheIdeasItsPhrasesComeFrom() {
        List<Suggestion> local = task("combine", 4).local().suggestions();
        assertFalse(local.isEmpty());
        assertTrue(local.stream().flatMap(s -> s.basedOnIdeas().stream()).allMatch(id -> id.equals(buddy) || id.equals(checklist)));
        assertTrue(local.stream().anyMatch(s -> !s.basedOnIdeas().isEmpty()), local.toString());
    }
}
