package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.Optional;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.BrainstormSession;

/**
 * A session's steps: its built-in framework's, or, for a session made from a template ({@code custom}), the steps copied
 * into it when it was created (column {@code steps}), so that a later edit of the template leaves it as it is.
 */
final class SessionSteps {

    /** The stored shape of a custom session's steps. */
    record Stored(List<Framework.Step> steps) {
    }

    private SessionSteps() {
    }

    static List<Framework.Step> of(BrainstormSession session) {
        return of(session.getFramework(), session.getSteps());
    }

    /** The steps of a session of framework {@code framework} whose stored steps are {@code json} (null for a built-in one). */
    static List<Framework.Step> of(String framework, String json) {
        if (json == null) {
            return Framework.fromKey(framework).orElseThrow().steps();
        }
        return List.copyOf(StoredJson.read(json, Stored.class, "steps of a custom session").steps());
    }

    static String json(List<Framework.Step> steps) {
        return StoredJson.write(new Stored(steps));
    }

    static Optional<Framework.Step> find(List<Framework.Step> steps, String key) {
        return key == null ? Optional.empty() : steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    /** The key of the step after {@code step}, or null after the last one (or for a step the session does not have). */
    static String after(List<Framework.Step> steps, String step) {
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (steps.get(i).key().equals(step)) {
                return steps.get(i + 1).key();
            }
        }
        return null;
    }

    /** How long the session's current step lasts: its own time box (a template's step), else the session's step timer. */
    static Integer timeBox(BrainstormSession session) {
        return timeBox(session, of(session));
    }

    /** The same, for a session whose steps ({@code steps}) were already read. */
    static Integer timeBox(BrainstormSession session, List<Framework.Step> steps) {
        Integer own = find(steps, session.getCurrentStep()).map(Framework.Step::timeBoxSeconds).orElse(null);
        return own != null ? own : session.getStepTimerSeconds();
    }
}
