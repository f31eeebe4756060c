package io.pulse.messaging.brainstorm.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.common.ai.TokenBudget;

/**
 * The prompt for suggestions: the instructions name the framework, the step and what the step asks (this service's
 * own text); the data holds the session's topic and its ideas (id, step, text) as quoted JSON. When the ideas do not
 * all fit the token budget the latest ones are sent and the data says how many earlier ones were left out.
 */
final class SuggestionPrompt {

    /** The prompt and how many of the session's ideas (the earliest) it leaves out. */
    record Built(Prompt prompt, int ideasLeftOut) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<Framework, String> GUIDANCE = Map.of(
            Framework.SCAMPER, "SCAMPER asks seven questions in turn; each suggestion applies this step's operation to "
                    + "the topic or to one or more of the session's ideas, and only this operation.",
            Framework.SIX_HATS, "In Six Thinking Hats everyone thinks with the same hat at the same time; every "
                    + "suggestion is a thought of this hat's kind only (not a thought another hat would have).",
            Framework.FREE_FORM, "Free-form brainstorming: any idea that moves the topic forward.",
            Framework.RETROSPECTIVE, "A team retrospective in four phases (reflect, group, vote, discuss); each suggestion "
                    + "serves this phase only: a reflection on what happened, or a next step for what was discussed.",
            Framework.CUSTOM, "The session follows its owner's own steps; each suggestion answers this step's question only.");

    private SuggestionPrompt() {
    }

    static Built build(SuggestionRequest request, int maxInputTokens) throws ModelFailure {
        String instructions = instructions(request);
        List<Map<String, Object>> ideas = request.ideas().stream().map(SuggestionPrompt::idea).toList();
        // Each part's estimate is rounded up, so the parts' sum bounds the whole document's.
        int room = maxInputTokens - Prompt.of(instructions, data(request, List.of(), ideas.size())).estimatedTokens();
        if (room < 0) {
            throw new ModelFailure(FallbackReason.OVER_BUDGET, "the suggestion instructions and topic alone exceed "
                    + maxInputTokens + " tokens");
        }
        int fit = TokenBudget.latestThatFit(ideas, idea -> TokenBudget.estimate(json(idea)) + 1, room);
        int leftOut = ideas.size() - fit;
        return new Built(Prompt.of(instructions, data(request, ideas.subList(leftOut, ideas.size()), leftOut)), leftOut);
    }

    static String instructions(SuggestionRequest request) {
        Framework.Step step = request.step();
        return """
                You assist a brainstorming session that uses the %s framework. %s
                The step now is "%s" (key "%s"), which asks: %s
                Propose %d new ideas for this step. The data holds the session's topic and its ideas so far, each with \
                its id and step. Build on them: extend, combine, answer or challenge them, and cite the ids of the \
                ideas each suggestion builds on.
                Rules:
                - Each suggestion is one or two sentences, at most 280 characters, concrete and specific to the topic, \
                written in correct, natural English, or in the language of the topic and the ideas when they are \
                written in another language.
                - Never repeat or merely reword an existing idea or another of your suggestions.
                - "basedOn" lists only ids that appear among the data's ideas; use [] for a suggestion that builds on \
                the topic alone.
                - "step" is always "%s".
                - "rationale" says in one short sentence how the suggestion applies the step to what it builds on.
                Answer with this JSON object, with at most %d suggestions:
                {"suggestions": [{"text": "<the suggested idea>", "step": "%s", "basedOn": ["<idea id>"], \
                "rationale": "<one sentence>"}]}"""
                .formatted(title(request.framework()), GUIDANCE.get(request.framework()), step.title(), step.key(),
                        step.question(), request.count(), step.key(), request.count(), step.key());
    }

    private static String title(Framework framework) {
        return switch (framework) {
            case SCAMPER -> "SCAMPER";
            case SIX_HATS -> "Six Thinking Hats";
            case FREE_FORM -> "free-form";
            case RETROSPECTIVE -> "retrospective";
            case CUSTOM -> "team's own";
        };
    }

    private static Map<String, Object> data(SuggestionRequest request, List<Map<String, Object>> ideas, int leftOut) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("topic", request.topic());
        data.put("ideas", ideas);
        if (leftOut > 0) {
            data.put("earlierIdeasNotShown", leftOut);
        }
        return data;
    }

    private static Map<String, Object> idea(ExistingIdea idea) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", idea.id() == null ? null : idea.id().toString());
        item.put("step", idea.step());
        item.put("text", idea.text());
        return item;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
