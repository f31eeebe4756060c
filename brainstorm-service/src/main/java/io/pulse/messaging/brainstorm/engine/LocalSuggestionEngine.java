package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.PhrasePool.Candidate;
import io.pulse.messaging.brainstorm.engine.SuggestionOperators.Operator;
import io.pulse.messaging.brainstorm.engine.SuggestionOperators.Slots;

/**
 * Framework-aware suggestions without a model: each step has operators ({@link SuggestionOperators}) that are applied
 * to the noun phrases ({@link NounPhrases}) of the topic and of the ideas so far ({@link PhrasePool}), through typed
 * slots (a thing, a second thing, the topic's setting, the audience). Phrases the step already covers are tried last,
 * and a candidate whose content words overlap an existing idea (or an earlier suggestion) too much is dropped, so
 * suggestions add to what is there instead of repeating it.
 */
public final class LocalSuggestionEngine implements SuggestionEngine {

    public static final String NAME = "local";

    /** Above this content-word overlap with an existing idea a candidate counts as already there. */
    static final double MAX_OVERLAP_WITH_IDEAS = 0.5;
    private static final double MAX_OVERLAP_WITH_SUGGESTIONS = 0.6;

    @Override
    public String name() {
        return NAME;
    }

    /** What one request builds on: the phrases in the order they are tried, and the ideas' content words. */
    private record Context(SuggestionRequest request, List<Operator> operators, PhrasePool pool, List<Candidate> phrases,
            List<Set<String>> existing) {
    }

    /** What the suggestions so far have used, so that the next ones differ. */
    private record Chosen(List<Suggestion> suggestions, List<Set<String>> stems, Set<String> usedAs) {
    }

    @Override
    public List<Suggestion> suggest(SuggestionRequest request) {
        List<Operator> operators = SuggestionOperators.of(request.step().key());
        if (operators == null) {
            throw new IllegalArgumentException("No operators for step " + request.step().key());
        }
        List<String> ideaTexts = request.ideas().stream().map(ExistingIdea::text).toList();
        PhrasePool pool = PhrasePool.of(request.topic(), ideaTexts);
        if (pool.things().isEmpty()) {
            return List.of();
        }
        List<Set<String>> existing = ideaTexts.stream().map(TextAnalysis::contentStems).toList();
        Context context = new Context(request, operators, pool, ordered(pool, request), existing);
        Chosen chosen = new Chosen(new ArrayList<>(), new ArrayList<>(), new HashSet<>());
        // Walk phrases and operators diagonally: consecutive suggestions act on different things with different operators.
        int n = context.phrases().size();
        int m = operators.size();
        for (int k = 0; k < n * m && chosen.suggestions().size() < request.count(); k++) {
            attempt(context, context.phrases().get(k % n), operators.get((k % n + k / n) % m), k / n, chosen);
        }
        return chosen.suggestions();
    }

    /** The pool's things, best first, except that things this step's ideas already talk about come last. */
    private static List<Candidate> ordered(PhrasePool pool, SuggestionRequest request) {
        List<Set<String>> stepStems = request.ideas().stream().filter(idea -> request.step().key().equals(idea.step()))
                .map(ExistingIdea::text).map(TextAnalysis::contentStems).toList();
        List<Candidate> phrases = new ArrayList<>(pool.things());
        phrases.sort((x, y) -> {
            boolean cx = covered(x.stems(), stepStems);
            boolean cy = covered(y.stems(), stepStems);
            if (cx != cy) {
                return cx ? 1 : -1;
            }
            return Double.compare(y.score(), x.score());
        });
        return phrases;
    }

    /** Applies the operator to phrase {@code a} (and a partner), adding the result to {@code chosen} unless it repeats. */
    private static void attempt(Context context, Candidate a, Operator operator, int offset, Chosen chosen) {
        Candidate b = null;
        if (operator.needsSecond()) {
            b = partner(a, context.phrases(), offset, context.existing(), chosen.usedAs());
            if (b == null) {
                return;
            }
        }
        Candidate focus = context.pool().focus(a, b);
        Candidate audience = context.pool().audience();
        String text = operator.template().apply(new Slots(a.phrase(), b == null ? null : b.phrase(),
                focus == null ? null : focus.phrase(), audience == null ? null : audience.phrase()));
        if (text == null) {
            return;
        }
        text = capitalise(text);
        Set<String> stems = TextAnalysis.contentStems(text);
        if (tooClose(stems, context.existing(), MAX_OVERLAP_WITH_IDEAS) || tooClose(stems, chosen.stems(), MAX_OVERLAP_WITH_SUGGESTIONS)) {
            return;
        }
        chosen.stems().add(stems);
        chosen.usedAs().add(a.phrase().text());
        chosen.suggestions().add(suggestion(context, operator, a, b, text));
    }

    private static Suggestion suggestion(Context context, Operator operator, Candidate a, Candidate b, String text) {
        SuggestionRequest request = context.request();
        List<String> basedOn = b == null ? List.of(a.phrase().ref()) : List.of(a.phrase().ref(), b.phrase().ref());
        String rationale = request.step().title() + " (" + operator.name() + ") applied to \"" + a.phrase().ref()
                + "\" from the " + a.origin() + (b == null ? "" : " and \"" + b.phrase().ref() + "\" from the " + b.origin());
        return new Suggestion(text, request.step().key(), rationale, basedOn, citedIdeas(context, a, b));
    }

    /** The ideas (with an id) that use every word of {@code a}, or of {@code b}: the ideas the suggestion builds on. */
    private static List<UUID> citedIdeas(Context context, Candidate a, Candidate b) {
        List<UUID> cited = new ArrayList<>();
        List<ExistingIdea> ideas = context.request().ideas();
        for (int i = 0; i < ideas.size(); i++) {
            Set<String> idea = context.existing().get(i);
            boolean uses = idea.containsAll(a.stems()) || b != null && idea.containsAll(b.stems());
            if (uses && ideas.get(i).id() != null) {
                cited.add(ideas.get(i).id());
            }
        }
        return List.copyOf(cited);
    }

    /**
     * A second phrase for a pairing operator: one sharing no words with {@code a}, not already paired with it in an
     * idea, preferring phrases no earlier suggestion acted on.
     */
    private static Candidate partner(Candidate a, List<Candidate> phrases, int offset, List<Set<String>> existing, Set<String> used) {
        List<Candidate> options = new ArrayList<>();
        for (Candidate candidate : phrases) {
            if (candidate == a || candidate.stems().stream().anyMatch(a.stems()::contains)) {
                continue;
            }
            boolean alreadyPaired = existing.stream().anyMatch(idea -> idea.containsAll(a.stems()) && idea.containsAll(candidate.stems()));
            if (!alreadyPaired) {
                options.add(candidate);
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        List<Candidate> fresh = options.stream().filter(c -> !used.contains(c.phrase().text())).toList();
        List<Candidate> from = fresh.isEmpty() ? options : fresh;
        return from.get(Math.floorMod(offset, from.size()));
    }

    private static boolean covered(Set<String> stems, List<Set<String>> texts) {
        return texts.stream().anyMatch(text -> text.containsAll(stems));
    }

    private static boolean tooClose(Set<String> stems, List<Set<String>> others, double limit) {
        for (Set<String> other : others) {
            if (TextAnalysis.overlap(stems, other) >= limit) {
                return true;
            }
        }
        return false;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
