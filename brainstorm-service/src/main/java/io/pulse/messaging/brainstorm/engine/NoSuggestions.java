package io.pulse.messaging.brainstorm.engine;

import java.util.Optional;

/**
 * The steps the local engine writes nothing for, and why, in words a participant can act on: a retrospective's group
 * and vote phases sort and rank the reflections already there, and the steps of a user's own template ask questions
 * the engine has no technique for. Everywhere else the engine has techniques ({@link TechniqueTemplates}).
 */
public final class NoSuggestions {

    private NoSuggestions() {
    }

    /** Why the local engine has no suggestions for the step of the framework; empty when it has some. */
    public static Optional<String> reason(Framework framework, Framework.Step step) {
        if (framework == Framework.CUSTOM) {
            return Optional.of("The local engine has no technique for \"" + step.title() + "\", a step of your own template: "
                    + "it suggests ideas only for the steps of SCAMPER, Six Thinking Hats, free-form and a retrospective's "
                    + "reflect and discuss phases.");
        }
        if (framework == Framework.RETROSPECTIVE && "group".equals(step.key())) {
            return Optional.of("Nothing to suggest in the group phase: it sorts the reflections already written rather than "
                    + "adding new ones. Group them by meaning with POST /api/brainstorm/sessions/{id}/clusters.");
        }
        if (framework == Framework.RETROSPECTIVE && "vote".equals(step.key())) {
            return Optional.of("Nothing to suggest in the vote phase: participants spend their votes on the reflections and "
                    + "groups already there.");
        }
        if (TechniqueTemplates.of(step.key()) == null || framework.step(step.key()).isEmpty()) {
            return Optional.of("The local engine has no technique for the step \"" + step.key() + "\" of " + framework.key() + ".");
        }
        return Optional.empty();
    }
}
