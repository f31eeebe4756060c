package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Framework-aware suggestions without a model: each step has operators (SCAMPER's substitute, combine, ...; each
 * hat's way of looking) that are applied to the key phrases of the topic and of the ideas so far. Phrases the
 * step already covers are tried last, and a candidate whose content words overlap an existing idea (or an
 * earlier suggestion) too much is dropped, so suggestions add to what is there instead of repeating it.
 */
public final class LocalSuggestionEngine implements SuggestionEngine {

    public static final String NAME = "local";

    /** Above this content-word overlap with an existing idea a candidate counts as already there. */
    static final double MAX_OVERLAP_WITH_IDEAS = 0.5;
    private static final double MAX_OVERLAP_WITH_SUGGESTIONS = 0.6;

    /** An operator: builds a suggestion from a primary phrase, a second phrase (maybe null) and the topic focus. */
    private record Operator(String name, boolean needsSecond, Template template) {
    }

    @FunctionalInterface
    private interface Template {
        String apply(String a, String b, String focus);
    }

    private static final Map<String, List<Operator>> OPERATORS = new HashMap<>();

    static {
        OPERATORS.put("substitute", List.of(
                op("replace with another element", true, (a, b, f) -> "Use " + b + " in place of " + a),
                op("substitute the owner", false, (a, b, f) -> "Hand " + a + " to a different person or team to run"),
                op("substitute the material", false, (a, b, f) -> "Swap " + a + " for a cheaper or simpler alternative")));
        OPERATORS.put("combine", List.of(
                op("merge two elements", true, (a, b, f) -> "Combine " + a + " with " + b),
                op("bundle into one step", true, (a, b, f) -> "Bundle " + a + " and " + b + " into a single step"),
                op("pair with the topic", false, (a, b, f) -> "Merge " + a + " into " + f)));
        OPERATORS.put("adapt", List.of(
                op("borrow a mechanism", true, (a, b, f) -> "Adapt what works for " + b + " to " + a),
                op("borrow from another field", false, (a, b, f) -> "Borrow how another industry handles " + a + " and adjust it"),
                op("adjust to a new context", false, (a, b, f) -> "Adjust " + a + " to fit a different audience")));
        OPERATORS.put("modify", List.of(
                op("magnify", false, (a, b, f) -> "Make " + a + " faster and more frequent"),
                op("minify", false, (a, b, f) -> "Shrink " + a + " to a minimal first version"),
                op("change form", false, (a, b, f) -> "Change the format of " + a + ", e.g. visual or interactive")));
        OPERATORS.put("put_to_another_use", List.of(
                op("reuse elsewhere", true, (a, b, f) -> "Reuse " + a + " to support " + b),
                op("new audience", false, (a, b, f) -> "Offer " + a + " to people outside " + f),
                op("new purpose", false, (a, b, f) -> "Turn " + a + " into a source of feedback")));
        OPERATORS.put("eliminate", List.of(
                op("remove", false, (a, b, f) -> "Remove " + a + " from " + f + " entirely"),
                op("simplify", false, (a, b, f) -> "Cut " + a + " down to its essential part"),
                op("remove a dependency", true, (a, b, f) -> "Make " + a + " work without " + b)));
        OPERATORS.put("reverse", List.of(
                op("reorder", true, (a, b, f) -> "Do " + b + " before " + a + " instead of after"),
                op("flip the roles", false, (a, b, f) -> "Let users drive " + a + " instead of the team"),
                op("invert the goal", false, (a, b, f) -> "Ask how to make " + a + " worse, then do the opposite")));
        OPERATORS.put("white", List.of(
                op("measure", false, (a, b, f) -> "Measure how often " + a + " happens today"),
                op("compare data", true, (a, b, f) -> "Collect data comparing " + a + " with " + b),
                op("find gaps", false, (a, b, f) -> "List what we do not yet know about " + a)));
        OPERATORS.put("red", List.of(
                op("ask feelings", false, (a, b, f) -> "Ask people how " + a + " makes them feel"),
                op("gut reaction", false, (a, b, f) -> "Gut feeling: " + a + " is frustrating"),
                op("emotional contrast", true, (a, b, f) -> "Notice whether people enjoy " + a + " more than " + b)));
        OPERATORS.put("black", List.of(
                op("risk of failure", false, (a, b, f) -> "Risk: " + a + " could fail or be misused"),
                op("dependency risk", true, (a, b, f) -> "What breaks in " + a + " if " + b + " goes wrong?"),
                op("cost risk", false, (a, b, f) -> "Check whether " + a + " costs more than it returns")));
        OPERATORS.put("yellow", List.of(
                op("time saved", false, (a, b, f) -> "Benefit: " + a + " could save time for " + f),
                op("synergy", true, (a, b, f) -> "Best case: " + a + " and " + b + " reinforce each other"),
                op("value", false, (a, b, f) -> "Show the value of " + a + " with one clear example")));
        OPERATORS.put("green", List.of(
                op("what if without", true, (a, b, f) -> "What if " + a + " worked without " + b + "?"),
                op("experiment", false, (a, b, f) -> "Try an experimental version of " + a),
                op("provocation", false, (a, b, f) -> "Imagine " + a + " were free and instant")));
        OPERATORS.put("blue", List.of(
                op("assign", false, (a, b, f) -> "Name an owner and a deadline for " + a),
                op("prioritise", true, (a, b, f) -> "Decide whether " + a + " comes before " + b),
                op("next step", false, (a, b, f) -> "Agree on the next step for " + a)));
        OPERATORS.put("ideas", List.of(
                op("explore", false, (a, b, f) -> "Explore " + a + " as part of " + f),
                op("link", true, (a, b, f) -> "Link " + a + " with " + b),
                op("pilot", false, (a, b, f) -> "Run a small pilot of " + a)));
    }

    private static Operator op(String name, boolean needsSecond, Template template) {
        return new Operator(name, needsSecond, template);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> suggest(SuggestionRequest request) {
        List<Operator> operators = OPERATORS.get(request.step().key());
        if (operators == null) {
            throw new IllegalArgumentException("No operators for step " + request.step().key());
        }
        List<String> ideaTexts = request.ideas().stream().map(ExistingIdea::text).toList();
        List<String> stepTexts = request.ideas().stream().filter(idea -> request.step().key().equals(idea.step()))
                .map(ExistingIdea::text).toList();
        List<Set<String>> existing = ideaTexts.stream().map(TextAnalysis::contentStems).toList();

        // The phrase pool: the topic's phrases first (what the session is about), then those of the ideas.
        Map<String, String> origin = new LinkedHashMap<>();
        Map<String, Double> weight = new LinkedHashMap<>();
        for (TextAnalysis.Phrase phrase : TextAnalysis.keyPhrases(List.of(request.topic()), 3, 6)) {
            origin.putIfAbsent(phrase.text(), "topic");
            weight.merge(phrase.text(), 2.0 + phrase.score(), Double::sum);
        }
        for (TextAnalysis.Phrase phrase : TextAnalysis.keyPhrases(ideaTexts, 3, 12)) {
            origin.putIfAbsent(phrase.text(), "ideas");
            weight.merge(phrase.text(), phrase.score() * phrase.occurrences() / 2.0, Double::sum);
        }
        if (weight.isEmpty()) {
            return List.of();
        }
        String focus = weight.keySet().iterator().next();
        // Phrases this step's ideas already talk about come last.
        List<Set<String>> stepStems = stepTexts.stream().map(TextAnalysis::contentStems).toList();
        List<String> phrases = new ArrayList<>(weight.keySet());
        phrases.sort((x, y) -> {
            boolean cx = covered(x, stepStems);
            boolean cy = covered(y, stepStems);
            if (cx != cy) {
                return cx ? 1 : -1;
            }
            return Double.compare(weight.get(y), weight.get(x));
        });

        List<Suggestion> out = new ArrayList<>();
        List<Set<String>> chosen = new ArrayList<>();
        // Round robin over phrases and operators: each round tries every operator once with the next phrase.
        int rounds = phrases.size() * Math.max(1, phrases.size());
        for (int round = 0; round < rounds && out.size() < request.count(); round++) {
            String a = phrases.get(round % phrases.size());
            for (int o = 0; o < operators.size() && out.size() < request.count(); o++) {
                Operator operator = operators.get((o + round) % operators.size());
                String b = null;
                if (operator.needsSecond()) {
                    b = partner(a, phrases, round / phrases.size() + o, existing);
                    if (b == null) {
                        continue;
                    }
                }
                String text = capitalise(operator.template().apply(a, b, a.equals(focus) ? "the whole effort" : focus));
                Set<String> stems = TextAnalysis.contentStems(text);
                if (tooClose(stems, existing, MAX_OVERLAP_WITH_IDEAS) || tooClose(stems, chosen, MAX_OVERLAP_WITH_SUGGESTIONS)) {
                    continue;
                }
                chosen.add(stems);
                List<String> basedOn = b == null ? List.of(a) : List.of(a, b);
                String rationale = request.step().title() + " (" + operator.name() + ") applied to \"" + a + "\" from the "
                        + origin.get(a) + (b == null ? "" : " and \"" + b + "\" from the " + origin.get(b));
                out.add(new Suggestion(text, request.step().key(), rationale, basedOn));
            }
        }
        return out;
    }

    /** A second phrase for a pairing operator: one sharing no words with {@code a}, not already paired with it in an idea. */
    private static String partner(String a, List<String> phrases, int offset, List<Set<String>> existing) {
        Set<String> aStems = TextAnalysis.contentStems(a);
        List<String> options = new ArrayList<>();
        for (String candidate : phrases) {
            Set<String> bStems = TextAnalysis.contentStems(candidate);
            if (candidate.equals(a) || bStems.stream().anyMatch(aStems::contains)) {
                continue;
            }
            boolean alreadyPaired = existing.stream().anyMatch(idea -> idea.containsAll(aStems) && idea.containsAll(bStems));
            if (!alreadyPaired) {
                options.add(candidate);
            }
        }
        return options.isEmpty() ? null : options.get(Math.floorMod(offset, options.size()));
    }

    private static boolean covered(String phrase, List<Set<String>> texts) {
        Set<String> stems = TextAnalysis.contentStems(phrase);
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
