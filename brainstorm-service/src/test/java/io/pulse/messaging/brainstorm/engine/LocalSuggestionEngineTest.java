package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;

class LocalSuggestionEngineTest {

    private static final String TOPIC = "Reduce waiting time at the hospital emergency department";

    private final LocalSuggestionEngine engine = new LocalSuggestionEngine();

    private List<Suggestion> suggest(Framework framework, String step, List<ExistingIdea> ideas, int count) {
        return engine.suggest(new SuggestionRequest(framework, framework.step(step).orElseThrow(), TOPIC, ideas, count));
    }

    @Test
    void appliesTheStepOperatorToTheTopicsKeyPhrases() {
        List<Suggestion> suggestions = suggest(Framework.SCAMPER, "eliminate", List.of(), 3);
        assertEquals(3, suggestions.size());
        assertTrue(suggestions.stream().allMatch(s -> s.step().equals("eliminate")));
        // Built from the topic's phrases, not a fixed list.
        assertTrue(suggestions.stream().anyMatch(s -> s.text().toLowerCase().contains("waiting time")
                || s.text().toLowerCase().contains("emergency department")), suggestions.toString());
        assertTrue(suggestions.stream().allMatch(s -> !s.basedOn().isEmpty() && s.rationale().startsWith("Eliminate")));
    }

    @Test
    void differentStepsAndTopicsGiveDifferentIdeas() {
        List<String> eliminate = suggest(Framework.SCAMPER, "eliminate", List.of(), 3).stream().map(Suggestion::text).toList();
        List<String> combine = suggest(Framework.SCAMPER, "combine", List.of(), 3).stream().map(Suggestion::text).toList();
        assertNotEquals(eliminate, combine);
        List<String> otherTopic = engine.suggest(new SuggestionRequest(Framework.SCAMPER, Framework.SCAMPER.step("eliminate").orElseThrow(),
                "Grow newsletter subscriptions for a local bakery", List.of(), 3)).stream().map(Suggestion::text).toList();
        assertTrue(otherTopic.stream().noneMatch(eliminate::contains));
        assertTrue(otherTopic.stream().anyMatch(text -> text.toLowerCase().contains("bakery") || text.toLowerCase().contains("newsletter")));
    }

    @Test
    void usesPhrasesOfTheIdeasSoFarAndCombinesThem() {
        List<ExistingIdea> ideas = List.of(
                new ExistingIdea("Self check-in kiosks at the entrance", "substitute"),
                new ExistingIdea("Nurse triage by video call", "adapt"));
        List<Suggestion> suggestions = suggest(Framework.SCAMPER, "combine", ideas, 6);
        assertTrue(suggestions.stream().anyMatch(s -> s.basedOn().stream().anyMatch(p -> p.contains("kiosks") || p.contains("video call"))),
                suggestions.toString());
    }

    @Test
    void neverRepeatsAnExistingIdea() {
        List<Suggestion> first = suggest(Framework.SIX_HATS, "black", List.of(), 4);
        // Put the engine's own suggestions in the session: asking again must avoid all of them.
        List<ExistingIdea> ideas = first.stream().map(s -> new ExistingIdea(s.text(), "black")).toList();
        List<Suggestion> second = suggest(Framework.SIX_HATS, "black", ideas, 4);
        assertFalse(second.isEmpty());
        for (Suggestion suggestion : second) {
            // What the suggestion says itself: a quoted idea names what it builds on.
            Set<String> stems = TextAnalysis.contentStems(suggestion.text().replaceAll("\"[^\"]*\"", ""));
            assertFalse(first.stream().anyMatch(s -> s.text().equals(suggestion.text())), suggestion.text());
            for (ExistingIdea idea : ideas) {
                assertTrue(TextAnalysis.overlap(stems, TextAnalysis.contentStems(idea.text())) < LocalSuggestionEngine.MAX_OVERLAP_WITH_IDEAS,
                        suggestion.text() + " repeats " + idea.text());
            }
        }
    }

    @Test
    void isDeterministicAndHonoursTheCount() {
        // The topic's two things and the free-form techniques that need no idea (the session has none yet).
        List<String> all = List.of("Explore the waiting time as part of the hospital emergency department.",
                "Link the waiting time with the hospital emergency department.",
                "Run a small pilot of the hospital emergency department.",
                "Sketch three quick ways to improve the waiting time.",
                "Run a small pilot of the waiting time.");
        assertEquals(all, texts(suggest(Framework.FREE_FORM, "ideas", List.of(), 5)));
        assertEquals(all.subList(0, 2), texts(suggest(Framework.FREE_FORM, "ideas", List.of(), 2)));
    }

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).toList();
    }

    /** The suggestions quoted in issue 13, and the sessions they came from. */
    @Test
    void neverGluesAClauseOrALowerCasedNameIntoASlot() {
        String topic = "Faster refunds for unhappy shoppers";
        List<ExistingIdea> ideas = List.of(
                new ExistingIdea("Let agents call customers before the refund is processed", "substitute"),
                new ExistingIdea("An email refund form with the order number filled in", "combine"),
                new ExistingIdea("Work longer Mondays and take Fridays off", "adapt"),
                new ExistingIdea("The Microsoft Japan trial could be our model", "modify"));
        for (Framework framework : Framework.values()) {
            for (Framework.Step step : framework.steps()) {
                for (Suggestion suggestion : engine.suggest(new SuggestionRequest(framework, step, topic, ideas, 5))) {
                    String own = suggestion.text().replaceAll("\"[^\"]*\"", "\"\"");
                    assertFalse(own.contains("call customers") || own.contains("agents call"), suggestion.text());
                    assertFalse(own.toLowerCase().contains("longer mondays") || own.contains("work longer"), suggestion.text());
                    assertFalse(suggestion.text().contains("microsoft"), suggestion.text());
                    assertFalse(own.contains("Microsoft Japan") && !own.contains("the Microsoft Japan trial"), suggestion.text());
                    assertTrue(SuggestionCheck.passes(suggestion.text()), suggestion.text());
                }
            }
        }
    }

    @Test
    void everyStepOfEveryFrameworkHasOperatorsOrSaysWhyNot() {
        for (Framework framework : Framework.values()) {
            for (Framework.Step step : framework.steps()) {
                boolean none = NoSuggestions.reason(framework, step).isPresent();
                assertEquals(none, suggest(framework, step.key(), List.of(), 2).isEmpty(), framework + " " + step.key());
            }
        }
    }

    @Test
    void aRetrospectiveGetsReflectionsAndNextStepsButNothingToGroupOrVoteOn() {
        List<ExistingIdea> ideas = List.of(
                new ExistingIdea("Deploys took most of Friday afternoon", "reflect"),
                new ExistingIdea("The new code review rota worked well", "reflect"));
        List<Suggestion> reflect = suggest(Framework.RETROSPECTIVE, "reflect", ideas, 5);
        assertEquals(5, reflect.size());
        reflect.forEach(s -> assertEquals("reflect", s.step()));
        List<Suggestion> discuss = suggest(Framework.RETROSPECTIVE, "discuss", ideas, 5);
        assertFalse(discuss.isEmpty());
        assertTrue(discuss.stream().anyMatch(s -> s.text().contains("Deploys took most of Friday afternoon")
                || s.text().contains("The new code review rota worked well")), discuss.toString());
        for (String step : List.of("group", "vote")) {
            assertEquals(List.of(), suggest(Framework.RETROSPECTIVE, step, ideas, 5), step);
            assertTrue(NoSuggestions.reason(Framework.RETROSPECTIVE, Framework.RETROSPECTIVE.step(step).orElseThrow())
                    .orElseThrow().startsWith("Nothing to suggest in the " + step + " phase"));
        }
    }

    @Test
    void aStepOfAUsersOwnTemplateGetsNoLocalSuggestionsEvenWithABuiltInKey() {
        Framework.Step own = new Framework.Step("eliminate", "Eliminate", "Which meetings could we drop?", 300);
        assertEquals(List.of(), engine.suggest(new SuggestionRequest(Framework.CUSTOM, own, "Fewer meetings", List.of(), 3)));
        assertTrue(NoSuggestions.reason(Framework.CUSTOM, own).orElseThrow().contains("\"Eliminate\", a step of your own template"));
    }
}
