package io.pulse.messaging.brainstorm.llm;

import java.util.List;

import io.pulse.messaging.brainstorm.engine.SuggestionEngine;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;

/**
 * Framework-aware suggestions from the model ({@link SuggestionPrompt}, {@link SuggestionValidator}), the local
 * engine's when there is no usable answer. One instance per request: the prompt remembers how many ideas it left out.
 */
public final class SuggestionTask implements ModelTask<SuggestionTask.Result> {

    /** The feature's name in settings ({@code pulse.ai.feature.suggestions.*}) and metrics. */
    public static final String FEATURE = "suggestions";
    /** Part of the cache key: raise it when the prompt changes what a good answer is. */
    public static final int PROMPT_VERSION = 1;

    /** The suggestions, and how many of the session's (earliest) ideas the model was not shown for lack of room. */
    public record Result(List<Suggestion> suggestions, int ideasLeftOut) {
    }

    private final SuggestionRequest request;
    private final SuggestionEngine local;
    private int ideasLeftOut;

    public SuggestionTask(SuggestionRequest request, SuggestionEngine local) {
        this.request = request;
        this.local = local;
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        SuggestionPrompt.Built built = SuggestionPrompt.build(request, maxInputTokens);
        ideasLeftOut = built.ideasLeftOut();
        return built.prompt();
    }

    @Override
    public Result accept(String answer, Drops drops) throws ModelFailure {
        SuggestionAnswer parsed = ModelJson.read(answer, SuggestionAnswer.class);
        return new Result(new SuggestionValidator(request).validate(parsed, drops), ideasLeftOut);
    }

    @Override
    public Result local() {
        return new Result(local.suggest(request), 0);
    }
}
