package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.IdeaQuotes.Quote;
import io.pulse.messaging.brainstorm.engine.PhrasePool.Candidate;
import io.pulse.messaging.brainstorm.engine.SlotBinding.Bound;
import io.pulse.messaging.brainstorm.engine.TechniqueTemplates.Technique;

/**
 * Framework-aware suggestions without a model. Each step has techniques ({@link TechniqueTemplates}): sentence
 * templates with typed slots ({@link SentencePlan}) that quote an idea of the session ({@link IdeaQuotes}) or act on
 * its things, the noun phrases of the topic and the ideas ({@link NounPhrases}, {@link PhrasePool}). Attempts walk the
 * techniques in turn, each with the next idea and thing ({@link SlotBinding}), so that consecutive suggestions use
 * different techniques on different material. A candidate is dropped when it fails the final check
 * ({@link SuggestionCheck}), or when its own words repeat an existing idea or an earlier suggestion
 * ({@link Novelty}).
 */
public final class LocalSuggestionEngine implements SuggestionEngine {

    public static final String NAME = "local";

    /** Above this overlap of its own words with an existing idea a candidate counts as already there. */
    static final double MAX_OVERLAP_WITH_IDEAS = Novelty.MAX_OVERLAP_WITH_IDEAS;
    /** Rounds over the techniques at most: enough for every idea and thing of a large session to be tried. */
    private static final int MAX_ROUNDS = 40;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> suggest(SuggestionRequest request) {
        if (NoSuggestions.reason(request.framework(), request.step()).isPresent()) {
            return List.of();
        }
        List<Technique> techniques = TechniqueTemplates.of(request.step().key());
        List<String> ideaTexts = request.ideas().stream().map(ExistingIdea::text).toList();
        PhrasePool pool = PhrasePool.of(request.topic(), ideaTexts);
        List<Quote> quotes = IdeaQuotes.of(request.ideas(), request.step().key());
        SlotBinding binding = new SlotBinding(pool, pool.things(), quotes);
        Novelty novelty = new Novelty(ideaTexts);
        List<Suggestion> chosen = new ArrayList<>();
        int rounds = Math.min(MAX_ROUNDS, Math.max(1, Math.max(pool.things().size(), quotes.size())) * 2);
        for (int round = 0; round < rounds && chosen.size() < request.count(); round++) {
            for (int k = 0; k < techniques.size() && chosen.size() < request.count(); k++) {
                Technique technique = techniques.get(k);
                Bound bound = binding.bind(technique.plan(), round + k);
                String text = bound == null ? null : technique.plan().render(bound.fillers());
                if (SuggestionCheck.passes(text) && novelty.accept(text, technique.name())) {
                    chosen.add(suggestion(request, technique, bound, text));
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static Suggestion suggestion(SuggestionRequest request, Technique technique, Bound bound, String text) {
        List<String> basedOn = new ArrayList<>();
        bound.quotes().forEach(quote -> basedOn.add(quote.text()));
        bound.things().forEach(thing -> basedOn.add(thing.phrase().ref()));
        StringBuilder rationale = new StringBuilder(request.step().title()).append(" (").append(technique.name()).append(")");
        for (Quote quote : bound.quotes()) {
            rationale.append(rationale.indexOf("building on") < 0 ? ", building on the idea \"" : " and \"").append(quote.text()).append('"');
        }
        for (Candidate thing : bound.things()) {
            rationale.append(rationale.indexOf("applied to") < 0 ? ", applied to \"" : " and \"").append(thing.phrase().ref())
                    .append("\" from the ").append(thing.origin());
        }
        return new Suggestion(text, request.step().key(), rationale.toString(), List.copyOf(basedOn), cited(request, bound));
    }

    /** The stored ideas the suggestion builds on: those it quotes, and those that use every word of a thing it acts on. */
    private static List<UUID> cited(SuggestionRequest request, Bound bound) {
        Set<UUID> cited = new LinkedHashSet<>();
        bound.quotes().stream().map(Quote::id).filter(id -> id != null).forEach(cited::add);
        for (ExistingIdea idea : request.ideas()) {
            Set<String> stems = TextAnalysis.contentStems(idea.text());
            if (idea.id() != null && bound.things().stream().anyMatch(thing -> stems.containsAll(thing.stems()))) {
                cited.add(idea.id());
            }
        }
        return List.copyOf(cited);
    }
}
