package io.pulse.messaging.brainstorm.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.TemplateStepRequest;
import io.pulse.messaging.brainstorm.model.TemplateStepView;

/**
 * A template's steps between the API's words (name, prompt, time box) and the session's (key, title, question, time box):
 * a step's key is made from its name (lower_snake, ASCII, at most 40 characters; {@code step_<n>} when the name has no
 * latin letter or digit), made unique within the template with a {@code _2}, {@code _3}... suffix.
 */
final class TemplateSteps {

    static final int MAX_KEY = 40;

    private TemplateSteps() {
    }

    static List<Framework.Step> of(List<TemplateStepRequest> input) {
        List<Framework.Step> steps = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            TemplateStepRequest step = input.get(i);
            String base = key(step.name(), i + 1);
            String key = base;
            for (int n = 2; !used.add(key); n++) {
                key = base + "_" + n;
            }
            steps.add(new Framework.Step(key, step.name().strip(), step.prompt().strip(), step.timeBoxSeconds()));
        }
        return List.copyOf(steps);
    }

    /** The key made from a step's name: {@code "What went well?"} gives {@code what_went_well}. */
    static String key(String name, int position) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (key.length() > MAX_KEY) {
            key = key.substring(0, MAX_KEY).replaceAll("_+$", "");
        }
        return key.isEmpty() ? "step_" + position : key;
    }

    static List<TemplateStepView> views(List<Framework.Step> steps) {
        return steps.stream().map(s -> new TemplateStepView(s.key(), s.title(), s.question(), s.timeBoxSeconds())).toList();
    }
}
