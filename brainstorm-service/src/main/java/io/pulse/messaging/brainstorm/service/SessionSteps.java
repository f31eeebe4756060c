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
}
