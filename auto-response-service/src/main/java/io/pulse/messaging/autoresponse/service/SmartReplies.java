package io.pulse.messaging.autoresponse.service;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.LocalSuggestionEngine;
import io.pulse.messaging.autoresponse.engine.Names;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine;
import io.pulse.messaging.autoresponse.generation.SuggestionTask;
import io.pulse.messaging.autoresponse.model.SuggestionRequest;
import io.pulse.messaging.autoresponse.model.SuggestionsView;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.text.LanguageGuess;
import io.smallrye.mutiny.Uni;

/**
 * Smart replies (feature {@value #FEATURE}): from the model when one is configured, checked, else (or when its answer
 * is unusable) from the local engine, on a worker thread; beside them the user's canned responses that fit (one read).
 */
@Singleton
public class SmartReplies {

    public static final String FEATURE = "smart-replies";

    private final ModelOrLocal engines;
    private final SuggestionEngine local;
    /** The user's canned responses that fit (issue 18). */
    @jakarta.inject.Inject
    CannedSuggestions canned;

    public SmartReplies(ModelOrLocal engines, SuggestionEngine local) {
        this.engines = engines;
        this.local = local;
    }

    /** The generated suggestions, and beside them the user's canned responses that fit the message (read first, one query). */
    public Uni<SuggestionsView> suggest(SuggestionRequest request) {
        return canned.candidates().chain(candidates -> generated(request)
                .map(view -> view.withCanned(CannedSuggestions.fitting(request.content(), view.kind(), candidates))));
    }

    private Uni<SuggestionsView> generated(SuggestionRequest request) {
        return OffLoop.compute(() -> view(engines.generate(FEATURE, new SuggestionTask(request.content(),
                Names.firstName(request.senderName(), null), request.tone(), LanguageGuess.of(request.content()).definite(), local)),
                LocalSuggestionEngine.language(request.content())));
    }

    /** @param detected the message's language as the local engine reads it, for a model's answer that does not say it */
    private static SuggestionsView view(Generated<SuggestionEngine.Result> generated, String detected) {
        SuggestionEngine.Result result = generated.value();
        return new SuggestionsView(result.kinds().isEmpty() ? null : result.kinds().get(0).kind(),
                result.kinds().stream().map(k -> new SuggestionsView.KindScore(k.kind(), k.score())).toList(),
                result.suggestions().stream().map(s -> new SuggestionsView.Suggestion(s.text(), s.kind(), s.confidence())).toList(),
                result.language() != null ? result.language() : detected, result.unavailableReason(),
                generated.engine().engine(), generated.engine().fallbackReason());
    }
}
