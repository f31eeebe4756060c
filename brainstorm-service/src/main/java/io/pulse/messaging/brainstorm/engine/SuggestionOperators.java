package io.pulse.messaging.brainstorm.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.brainstorm.engine.NounPhrases.NounPhrase;

/**
 * The operators of each framework step for {@link LocalSuggestionEngine}: SCAMPER's substitute, combine, ...; each
 * hat's way of looking (facts, feelings, risks, benefits, alternatives, process); free-form's explore, link, pilot.
 * Each operator is a template over typed slots, so that people are never acted on as things.
 */
final class SuggestionOperators {

    /** An operator: builds a suggestion from the slots, or answers null when a slot it needs is missing. */
    record Operator(String name, boolean needsSecond, Template template) {
    }

    /**
     * What a template fills in: {@code a} the thing the operator acts on, {@code b} a second thing (pairing operators
     * only), {@code focus} the main thing of the topic other than {@code a} (may be null) and {@code audience} the
     * people the topic or ideas are about (may be null). Things and people are kept apart so that a template never
     * asks to "reuse new customers" or to "merge something into new customers".
     */
    record Slots(NounPhrase a, NounPhrase b, NounPhrase focus, NounPhrase audience) {

        String who() {
            return audience == null ? "people" : audience.ref();
        }

        /** People beside the audience: "existing customers" for "new customers", else "people beyond" it. */
        String otherAudience() {
            String text = audience.text();
            if (audience.article().isEmpty() && text.startsWith("new ") && text.length() > 4) {
                return "existing " + text.substring(4) + " as well";
            }
            return "people beyond " + audience.ref();
        }
    }

    @FunctionalInterface
    interface Template {
        String apply(Slots s);
    }

    private static final Map<String, List<Operator>> BY_STEP = byStep();

    private SuggestionOperators() {
    }

    /** The operators of a step (by its key); null for a step without any. */
    static List<Operator> of(String step) {
        return BY_STEP.get(step);
    }

    private static Map<String, List<Operator>> byStep() {
        Map<String, List<Operator>> operators = new HashMap<>();
        scamper(operators);
        sixHats(operators);
        freeForm(operators);
        return Map.copyOf(operators);
    }

    private static void scamper(Map<String, List<Operator>> operators) {
        operators.put("substitute", List.of(
                op("replace with another element", true, s -> "Use " + s.b().ref() + " in place of " + s.a().ref()),
                op("substitute the owner", false, s -> "Hand " + s.a().ref() + " to a different person or team to run"),
                op("substitute the material", false, s -> "Swap " + s.a().ref() + " for a cheaper or simpler alternative")));
        operators.put("combine", List.of(
                op("merge two elements", true, s -> "Combine " + s.a().ref() + " with " + s.b().ref()),
                op("bundle into one step", true, s -> "Bundle " + s.a().ref() + " and " + s.b().ref() + " into a single step"),
                op("pair with the topic", false, s -> s.focus() == null ? null : "Build " + s.a().ref() + " into " + s.focus().ref())));
        operators.put("adapt", List.of(
                op("borrow a mechanism", true, s -> "Adapt what works for " + s.b().ref() + " to " + s.a().ref()),
                op("borrow from another field", false, s -> "Borrow how another industry handles " + s.a().ref() + " and adjust it"),
                op("adjust to a new context", false, s -> s.audience() == null
                        ? "Adjust " + s.a().ref() + " to fit a different audience"
                        : "Tailor " + s.a().ref() + " to what " + s.audience().ref() + " "
                        + s.audience().verb("expects", "expect") + " in the first session")));
        operators.put("modify", List.of(
                op("magnify", false, s -> "Make " + s.a().ref() + " faster and more frequent"),
                op("minify", false, s -> "Shrink " + s.a().ref() + " to a minimal first version"),
                op("change form", false, s -> "Change the format of " + s.a().ref() + ", e.g. visual or interactive")));
        operators.put("put_to_another_use", List.of(
                op("reuse elsewhere", true, s -> "Reuse " + s.a().ref() + " to improve " + s.b().ref()),
                op("new audience", false, s -> s.audience() == null
                        ? "Offer " + s.a().ref() + " to a different group of people"
                        : "Offer " + s.a().ref() + " to " + s.otherAudience()),
                op("new purpose", false, s -> s.audience() == null
                        ? "Turn " + s.a().ref() + " into a source of feedback"
                        : "Turn " + s.a().ref() + " into a way to learn what " + s.audience().ref() + " "
                        + s.audience().verb("needs", "need"))));
        operators.put("eliminate", List.of(
                op("remove", false, s -> s.focus() == null ? null : "Remove " + s.a().ref() + " from " + s.focus().ref() + " entirely"),
                op("simplify", false, s -> "Cut " + s.a().ref() + " down to " + (s.a().plural() ? "their" : "its") + " essential part"),
                op("remove a dependency", true, s -> "Make " + s.a().ref() + " work without " + s.b().ref()),
                op("trim the unused", false, s -> "Find the parts of " + s.a().ref() + " that nobody would miss")));
        operators.put("reverse", List.of(
                op("reorder", true, s -> "Put " + s.b().ref() + " before " + s.a().ref() + " instead of after"),
                op("flip the roles", false, s -> "Let " + s.who() + " shape " + s.a().ref() + " instead of the team"),
                op("invert the goal", false, s -> "Ask how to make " + s.a().ref() + " worse, then do the opposite")));
    }

    private static void sixHats(Map<String, List<Operator>> operators) {
        operators.put("white", List.of(
                op("measure", false, s -> s.audience() != null && !s.audience().plural()
                        ? "Measure how often " + s.audience().ref() + " uses " + s.a().ref() + " today"
                        : "Measure how many " + (s.audience() == null ? "people" : s.audience().text()) + " use " + s.a().ref() + " today"),
                op("compare data", true, s -> "Collect data comparing " + s.a().ref() + " with " + s.b().ref()),
                op("find gaps", false, s -> "List what we do not yet know about " + s.a().ref())));
        operators.put("red", List.of(
                op("ask feelings", false, s -> "Ask " + s.who() + " how " + s.a().ref() + " " + s.a().verb("makes", "make") + " them feel"),
                op("gut reaction", false, s -> "Gut feeling: " + s.a().ref() + " " + s.a().verb("is", "are") + " frustrating"),
                op("emotional contrast", true, s -> "Notice whether " + s.who() + " enjoy " + s.a().ref() + " more than " + s.b().ref())));
        operators.put("black", List.of(
                op("risk of failure", false, s -> "Risk: " + s.a().ref() + " could fail or be misused"),
                op("dependency risk", true, s -> "What breaks in " + s.a().ref() + " if " + s.b().ref() + " "
                        + s.b().verb("goes", "go") + " wrong?"),
                op("cost risk", false, s -> "Check whether " + s.a().ref() + " " + s.a().verb("costs", "cost") + " more than "
                        + (s.a().plural() ? "they return" : "it returns"))));
        operators.put("yellow", List.of(
                op("time saved", false, s -> "Benefit: " + s.a().ref() + " could save time for " + s.who()),
                op("synergy", true, s -> "Best case: " + s.a().ref() + " and " + s.b().ref() + " reinforce each other"),
                op("value", false, s -> "Show the value of " + s.a().ref() + " with one clear example")));
        operators.put("green", List.of(
                op("what if without", true, s -> "What if " + s.a().ref() + " worked without " + s.b().ref() + "?"),
                op("experiment", false, s -> "Try an experimental version of " + s.a().ref()),
                op("provocation", false, s -> "Imagine " + s.a().ref() + " " + s.a().verb("was", "were") + " free and instant")));
        operators.put("blue", List.of(
                op("assign", false, s -> "Name an owner and a deadline for " + s.a().ref()),
                op("prioritise", true, s -> "Decide whether " + s.a().ref() + " " + s.a().verb("comes", "come") + " before " + s.b().ref()),
                op("next step", false, s -> "Agree on the next step for " + s.a().ref())));
    }

    private static void freeForm(Map<String, List<Operator>> operators) {
        operators.put("ideas", List.of(
                op("explore", false, s -> s.focus() == null ? null : "Explore " + s.a().ref() + " as part of " + s.focus().ref()),
                op("link", true, s -> "Link " + s.a().ref() + " with " + s.b().ref()),
                op("pilot", false, s -> "Run a small pilot of " + s.a().ref())));
    }

    private static Operator op(String name, boolean needsSecond, Template template) {
        return new Operator(name, needsSecond, template);
    }
}
