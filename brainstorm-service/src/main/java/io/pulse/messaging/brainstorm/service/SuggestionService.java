package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.engine.LocalSuggestionEngine;
import io.pulse.messaging.brainstorm.engine.NoSuggestions;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine;
import io.pulse.messaging.brainstorm.llm.SuggestionTask;
import io.pulse.messaging.brainstorm.model.SuggestionRequest;
import io.pulse.messaging.brainstorm.model.SuggestionView;
import io.pulse.messaging.brainstorm.model.SuggestionsView;
import io.pulse.messaging.brainstorm.service.SuggestionCache.Question;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.common.reactive.OffLoop;
import io.smallrye.mutiny.Uni;

/**
 * Framework-aware idea suggestions (feature {@value SuggestionTask#FEATURE}): from the cache when the same question
 * (same topic, step, ideas, count and engine identity) was answered less than 24 hours ago; otherwise the model (or
 * the local engine, when the feature is local) answers on a worker thread, between the lookup's transaction and the
 * store's, holding no connection, and the answer is cached. A fallback answer (the model gave none that holds) is
 * returned but not cached, so that the next request asks the model again rather than getting the local text for a day.
 */
@ApplicationScoped
public class SuggestionService {

    static final int DEFAULT_COUNT = 5;

    private final SuggestionCache cache;
    private final SuggestionEngine engine;
    private final ModelOrLocal models;
    private final Counter hits;
    private final Counter misses;

    public SuggestionService(SuggestionCache cache, SuggestionEngine engine, ModelOrLocal models, MeterRegistry metrics) {
        this.cache = cache;
        this.engine = engine;
        this.models = models;
        this.hits = Counter.builder("brainstorm.ai.cache").tag("result", "hit").description("AI answers served from the cache").register(metrics);
        this.misses = Counter.builder("brainstorm.ai.cache").tag("result", "miss").description("AI answers computed").register(metrics);
    }

    public Uni<SuggestionsView> suggest(UUID sessionId, SuggestionRequest input) {
        int count = input == null || input.count() == null ? DEFAULT_COUNT : input.count();
        String step = input == null ? null : input.step();
        String identity = models.feature(SuggestionTask.FEATURE).cacheIdentity(SuggestionTask.PROMPT_VERSION);
        boolean local = models.feature(SuggestionTask.FEATURE).local();
        return cache.lookup(sessionId, step, count, identity).chain(question -> {
            Optional<String> none = nothingToSuggest(question, local);
            if (none.isPresent()) {
                return Uni.createFrom().item(none(question, LocalSuggestionEngine.NAME, none.get()));
            }
            return question.cached() == null ? answer(question) : Uni.createFrom().item(cached(question));
        });
    }

    /**
     * Why the step gets no suggestions, before any engine is asked: a step that sorts or ranks what is there (whatever the
     * engine), or a step the local engine has no technique for when it is the one that answers (a model may answer a
     * custom step's question).
     */
    private static Optional<String> nothingToSuggest(Question question, boolean local) {
        Optional<String> reason = NoSuggestions.reason(question.request().framework(), question.request().step());
        return local || question.request().framework() != Framework.CUSTOM ? reason : Optional.empty();
    }

    /** No suggestions, and why; not cached. */
    private static SuggestionsView none(Question question, String engine, String reason) {
        return new SuggestionsView(question.request().step().key(), engine, null, false, question.askedAt(), null, 0, List.of(),
                reason);
    }

    private SuggestionsView cached(Question question) {
        hits.increment();
        return SuggestionCache.answer(question);
    }

    private Uni<SuggestionsView> answer(Question question) {
        misses.increment();
        return OffLoop.compute(() -> models.generate(SuggestionTask.FEATURE, new SuggestionTask(question.request(), engine)))
                .chain(generated -> {
                    List<SuggestionView> suggestions = views(generated.value());
                    Optional<String> none = NoSuggestions.reason(question.request().framework(), question.request().step());
                    if (suggestions.isEmpty() && none.isPresent()) {
                        return Uni.createFrom().item(none(question, generated.engine().engine(), none.get()));
                    }
                    if (generated.engine().fellBack()) {
                        return Uni.createFrom().item(SuggestionCache.uncached(question, generated.engine().engine(),
                                generated.engine().fallbackReason(), suggestions));
                    }
                    return cache.store(question, generated.engine().engine(), suggestions, generated.value().ideasLeftOut());
                });
    }

    private static List<SuggestionView> views(SuggestionTask.Result result) {
        return result.suggestions().stream()
                .map(s -> new SuggestionView(s.text(), s.step(), s.rationale(), s.basedOn(), s.basedOnIdeas())).toList();
    }
}
