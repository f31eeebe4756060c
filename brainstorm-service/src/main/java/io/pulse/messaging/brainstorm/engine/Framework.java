package io.pulse.messaging.brainstorm.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A brainstorming framework and its ordered steps. Each step asks one question; every idea of a session belongs
 * to exactly one step of the session's framework.
 */
public enum Framework {

    SCAMPER("scamper", List.of(
            new Step("substitute", "Substitute", "What could we use instead of a part, material, person or process?"),
            new Step("combine", "Combine", "What could we merge or bring together?"),
            new Step("adapt", "Adapt", "What could we borrow from elsewhere and adjust?"),
            new Step("modify", "Modify", "What could we make bigger, smaller, faster, more frequent or change in form?"),
            new Step("put_to_another_use", "Put to another use", "Where else, or for whom else, could this be used?"),
            new Step("eliminate", "Eliminate", "What could we remove or simplify?"),
            new Step("reverse", "Reverse", "What could we turn around, reorder or do the other way round?"))),

    SIX_HATS("six_hats", List.of(
            new Step("white", "White hat: facts", "What do we know, what data do we have, and what is missing?"),
            new Step("red", "Red hat: feelings", "What do people feel about it, by instinct and without justification?"),
            new Step("black", "Black hat: caution", "What could go wrong, what are the risks and weak points?"),
            new Step("yellow", "Yellow hat: benefits", "What are the benefits and the best case?"),
            new Step("green", "Green hat: creativity", "What new possibilities and alternatives are there?"),
            new Step("blue", "Blue hat: process", "What should we decide, and what are the next steps?"))),

    FREE_FORM("free_form", List.of(
            new Step("ideas", "Ideas", "Any idea that moves the topic forward."))),

    /** A retrospective in Parabol's phases: reflect, group, vote, discuss. */
    RETROSPECTIVE("retrospective", List.of(
            new Step("reflect", "Reflect", "What went well, what did not, and what puzzled you? Write each reflection as its own idea."),
            new Step("group", "Group", "Which reflections say the same thing? Put them together and name each group."),
            new Step("vote", "Vote", "Which groups matter most to talk about? Spend your votes on them."),
            new Step("discuss", "Discuss", "What do we do about the most-voted groups? Agree on next steps, each with an owner."))),

    /**
     * A session made from a user's template: its steps are the template's, copied into the session when it was created
     * (so none here); {@link #steps()} is empty.
     */
    CUSTOM("custom", List.of());

    /**
     * One step of a framework: its stable key (lower_snake), its title, the question it asks (the prompt: what
     * participants do in it) and, for a template's step, an optional time box in seconds (null: none).
     */
    public record Step(String key, String title, String question, Integer timeBoxSeconds) {

        public Step(String key, String title, String question) {
            this(key, title, question, null);
        }
    }

    private final String key;
    private final List<Step> steps;

    Framework(String key, List<Step> steps) {
        this.key = key;
        this.steps = steps;
    }

    /** The lower_snake name used in the API and the database. */
    public String key() {
        return key;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The first step; a custom session's steps are its own (see {@code CUSTOM}). */
    public Step firstStep() {
        return steps.get(0);
    }

    public Optional<Step> step(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    /** The position of a step (0-based), or -1 when the framework has no such step. */
    public int indexOf(String stepKey) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(stepKey)) {
                return i;
            }
        }
        return -1;
    }

    public static Optional<Framework> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (Framework framework : values()) {
            if (framework.key.equals(wanted)) {
                return Optional.of(framework);
            }
        }
        return Optional.empty();
    }
}
