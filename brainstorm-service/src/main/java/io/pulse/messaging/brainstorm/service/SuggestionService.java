package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine;
import io.pulse.messaging.brainstorm.model.SuggestionRequest;
import io.pulse.messaging.brainstorm.model.SuggestionView;
import io.pulse.messaging.brainstorm.model.SuggestionsView;
import io.pulse.messaging.brainstorm.service.SuggestionCache.Question;
import io.pulse.messaging.common.reactive.OffLoop;
import io.smallrye.mutiny.Uni;

/**
 * Framework-aware idea suggestions: from the cache when the same question (same topic, step, ideas, engine, count) was
 * answered less than 24 hours ago; otherwise the engine answers on a worker thread, outside any transaction, and the
 * answer is cached.
 */
@ApplicationScoped
public class SuggestionService {

    static final int DEFAULT_COUNT = 5;

    private final SuggestionCache cache;
    private final SuggestionEngine engine;
    private final Counter hits;
    private final Counter misses;

    public SuggestionService(SuggestionCache cache, SuggestionEngine engine, MeterRegistry metrics) {
        this.cache = cache;
        this.engine = engine;
        this.hits = Counter.builder("brainstorm.ai.cache").tag("result", "hit").description("AI answers served from the cache").register(metrics);
        this.misses = Counter.builder("brainstorm.ai.cache").tag("result", "miss").description("AI answers computed").register(metrics);
    }

    public Uni<SuggestionsView> suggest(UUID sessionId, SuggestionRequest input) {
        int count = input == null || input.count() == null ? DEFAULT_COUNT : input.count();
        String step = input == null ? null : input.step();
        return cache.lookup(sessionId, step, count, engine.name())
                .chain(question -> question.cached() == null ? answer(question) : Uni.createFrom().item(cached(question)));
    }

    private SuggestionsView cached(Question question) {
        hits.increment();
        return SuggestionCache.answer(question);
    }

    private Uni<SuggestionsView> answer(Question question) {
        misses.increment();
        return OffLoop.compute(() -> suggestions(question)).chain(suggestions -> cache.store(question, engine.name(), suggestions));
    }

    private List<SuggestionView> suggestions(Question question) {
        return engine.suggest(question.request()).stream()
                .map(s -> new SuggestionView(s.text(), s.step(), s.rationale(), s.basedOn())).toList();
    }
}
