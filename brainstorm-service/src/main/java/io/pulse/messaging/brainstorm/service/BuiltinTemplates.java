package io.pulse.messaging.brainstorm.service;

import java.util.List;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.TemplateView;

/** The built-in frameworks shown as templates: a session starts from one with {@code framework} set to its key. */
final class BuiltinTemplates {

    private static final List<TemplateView> ALL = List.of(
            view(Framework.SCAMPER, "SCAMPER", "Seven questions in turn: substitute, combine, adapt, modify, put to another use, "
                    + "eliminate, reverse."),
            view(Framework.SIX_HATS, "Six Thinking Hats", "Everyone thinks with the same hat at the same time: facts, feelings, "
                    + "caution, benefits, creativity, process."),
            view(Framework.RETROSPECTIVE, "Retrospective", "A team retrospective in four phases: reflect on what happened, group "
                    + "the reflections, vote on what matters most, discuss and agree on next steps."),
            view(Framework.FREE_FORM, "Free-form", "One open step: any idea that moves the topic forward."));

    private BuiltinTemplates() {
    }

    static List<TemplateView> all() {
        return ALL;
    }

    private static TemplateView view(Framework framework, String name, String description) {
        return new TemplateView(null, name, description, true, framework.key(), TemplateSteps.views(framework.steps()), null, null);
    }
}
