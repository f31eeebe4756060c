package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulse.messaging.brainstorm.engine.NounPhrases.NounPhrase;

/**
 * Framework-aware suggestions without a model: each step has operators (SCAMPER's substitute, combine, ...; each
 * hat's way of looking) that are applied to the noun phrases ({@link NounPhrases}) of the topic and of the ideas so
 * far, through typed slots (a thing, a second thing, the topic's setting, the audience). Phrases the step already covers are tried last, and a candidate whose content words overlap an existing idea (or an
 * earlier suggestion) too much is dropped, so suggestions add to what is there instead of repeating it.
 */
public final class LocalSuggestionEngine implements SuggestionEngine {

    public static final String NAME = "local";

    /** Above this content-word overlap with an existing idea a candidate counts as already there. */
    static final double MAX_OVERLAP_WITH_IDEAS = 0.5;
    private static final double MAX_OVERLAP_WITH_SUGGESTIONS = 0.6;

    /** An operator: builds a suggestion from the slots, or answers null when a slot it needs is missing. */
    private record Operator(String name, boolean needsSecond, Template template) {
    }

    /**
     * What a template fills in: {@code a} the thing the operator acts on, {@code b} a second thing (pairing operators
     * only), {@code focus} the main thing of the topic other than {@code a} (may be null) and {@code audience} the
     * people the topic or ideas are about (may be null). Things and people are kept apart so that a template never
     * asks to "reuse new customers" or to "merge something into new customers".
     */
    private record Slots(NounPhrase a, NounPhrase b, NounPhrase focus, NounPhrase audience) {

        String who() {
            return audience == null ? "people" : audience.ref();
        }

        /** People beside the audience: "existing customers" for "new customers", else "people beyond" it. */
        String otherAudience() {
            String text = audience.text();
            if (audience.article().isEmpty() && text.startsWith("new ") && text.length() > 4) {
                return "existing " + text.substring(4) + " as well";
            }
            return "people beyond " + audience.ref();
        }
    }

    @FunctionalInterface
    private interface Template {
        String apply(Slots s);
    }

    private static final Map<String, List<Operator>> OPERATORS = new HashMap<>();

    static {
        OPERATORS.put("substitute", List.of(
                op("replace with another element", true, s -> "Use " + s.b().ref() + " in place of " + s.a().ref()),
                op("substitute the owner", false, s -> "Hand " + s.a().ref() + " to a different person or team to run"),
                op("substitute the material", false, s -> "Swap " + s.a().ref() + " for a cheaper or simpler alternative")));
        OPERATORS.put("combine", List.of(
                op("merge two elements", true, s -> "Combine " + s.a().ref() + " with " + s.b().ref()),
                op("bundle into one step", true, s -> "Bundle " + s.a().ref() + " and " + s.b().ref() + " into a single step"),
                op("pair with the topic", false, s -> s.focus() == null ? null : "Build " + s.a().ref() + " into " + s.focus().ref())));
        OPERATORS.put("adapt", List.of(
                op("borrow a mechanism", true, s -> "Adapt what works for " + s.b().ref() + " to " + s.a().ref()),
                op("borrow from another field", false, s -> "Borrow how another industry handles " + s.a().ref() + " and adjust it"),
                op("adjust to a new context", false, s -> s.audience() == null
                        ? "Adjust " + s.a().ref() + " to fit a different audience"
                        : "Tailor " + s.a().ref() + " to what " + s.audience().ref() + " "
                        + s.audience().verb("expects", "expect") + " in the first session")));
        OPERATORS.put("modify", List.of(
                op("magnify", false, s -> "Make " + s.a().ref() + " faster and more frequent"),
                op("minify", false, s -> "Shrink " + s.a().ref() + " to a minimal first version"),
                op("change form", false, s -> "Change the format of " + s.a().ref() + ", e.g. visual or interactive")));
        OPERATORS.put("put_to_another_use", List.of(
                op("reuse elsewhere", true, s -> "Reuse " + s.a().ref() + " to improve " + s.b().ref()),
                op("new audience", false, s -> s.audience() == null
                        ? "Offer " + s.a().ref() + " to a different group of people"
                        : "Offer " + s.a().ref() + " to " + s.otherAudience()),
                op("new purpose", false, s -> s.audience() == null
                        ? "Turn " + s.a().ref() + " into a source of feedback"
                        : "Turn " + s.a().ref() + " into a way to learn what " + s.audience().ref() + " "
                        + s.audience().verb("needs", "need"))));
        OPERATORS.put("eliminate", List.of(
                op("remove", false, s -> s.focus() == null ? null : "Remove " + s.a().ref() + " from " + s.focus().ref() + " entirely"),
                op("simplify", false, s -> "Cut " + s.a().ref() + " down to " + (s.a().plural() ? "their" : "its") + " essential part"),
                op("remove a dependency", true, s -> "Make " + s.a().ref() + " work without " + s.b().ref()),
                op("trim the unused", false, s -> "Find the parts of " + s.a().ref() + " that nobody would miss")));
        OPERATORS.put("reverse", List.of(
                op("reorder", true, s -> "Put " + s.b().ref() + " before " + s.a().ref() + " instead of after"),
                op("flip the roles", false, s -> "Let " + s.who() + " shape " + s.a().ref() + " instead of the team"),
                op("invert the goal", false, s -> "Ask how to make " + s.a().ref() + " worse, then do the opposite")));
        OPERATORS.put("white", List.of(
                op("measure", false, s -> s.audience() != null && !s.audience().plural()
                        ? "Measure how often " + s.audience().ref() + " uses " + s.a().ref() + " today"
                        : "Measure how many " + (s.audience() == null ? "people" : s.audience().text()) + " use " + s.a().ref() + " today"),
                op("compare data", true, s -> "Collect data comparing " + s.a().ref() + " with " + s.b().ref()),
                op("find gaps", false, s -> "List what we do not yet know about " + s.a().ref())));
        OPERATORS.put("red", List.of(
                op("ask feelings", false, s -> "Ask " + s.who() + " how " + s.a().ref() + " " + s.a().verb("makes", "make") + " them feel"),
                op("gut reaction", false, s -> "Gut feeling: " + s.a().ref() + " " + s.a().verb("is", "are") + " frustrating"),
                op("emotional contrast", true, s -> "Notice whether " + s.who() + " enjoy " + s.a().ref() + " more than " + s.b().ref())));
        OPERATORS.put("black", List.of(
                op("risk of failure", false, s -> "Risk: " + s.a().ref() + " could fail or be misused"),
                op("dependency risk", true, s -> "What breaks in " + s.a().ref() + " if " + s.b().ref() + " "
                        + s.b().verb("goes", "go") + " wrong?"),
                op("cost risk", false, s -> "Check whether " + s.a().ref() + " " + s.a().verb("costs", "cost") + " more than "
                        + (s.a().plural() ? "they return" : "it returns"))));
        OPERATORS.put("yellow", List.of(
                op("time saved", false, s -> "Benefit: " + s.a().ref() + " could save time for " + s.who()),
                op("synergy", true, s -> "Best case: " + s.a().ref() + " and " + s.b().ref() + " reinforce each other"),
                op("value", false, s -> "Show the value of " + s.a().ref() + " with one clear example")));
        OPERATORS.put("green", List.of(
                op("what if without", true, s -> "What if " + s.a().ref() + " worked without " + s.b().ref() + "?"),
                op("experiment", false, s -> "Try an experimental version of " + s.a().ref()),
                op("provocation", false, s -> "Imagine " + s.a().ref() + " " + s.a().verb("was", "were") + " free and instant")));
        OPERATORS.put("blue", List.of(
                op("assign", false, s -> "Name an owner and a deadline for " + s.a().ref()),
                op("prioritise", true, s -> "Decide whether " + s.a().ref() + " " + s.a().verb("comes", "come") + " before " + s.b().ref()),
                op("next step", false, s -> "Agree on the next step for " + s.a().ref())));
        OPERATORS.put("ideas", List.of(
                op("explore", false, s -> s.focus() == null ? null : "Explore " + s.a().ref() + " as part of " + s.focus().ref()),
                op("link", true, s -> "Link " + s.a().ref() + " with " + s.b().ref()),
                op("pilot", false, s -> "Run a small pilot of " + s.a().ref())));
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

        Pool pool = Pool.of(request.topic(), ideaTexts);
        if (pool.things.isEmpty()) {
            return List.of();
        }
        // Things this step's ideas already talk about come last; otherwise the best first.
        List<Set<String>> stepStems = stepTexts.stream().map(TextAnalysis::contentStems).toList();
        List<Candidate> phrases = new ArrayList<>(pool.things);
        phrases.sort((x, y) -> {
            boolean cx = covered(x.stems(), stepStems);
            boolean cy = covered(y.stems(), stepStems);
            if (cx != cy) {
                return cx ? 1 : -1;
            }
            return Double.compare(y.score(), x.score());
        });

        List<Suggestion> out = new ArrayList<>();
        List<Set<String>> chosen = new ArrayList<>();
        Set<String> usedAs = new HashSet<>();
        // Walk phrases and operators diagonally: consecutive suggestions act on different things with different operators.
        int n = phrases.size();
        int m = operators.size();
        for (int k = 0; k < n * m && out.size() < request.count(); k++) {
            Candidate a = phrases.get(k % n);
            Operator operator = operators.get((k % n + k / n) % m);
            Candidate b = null;
            if (operator.needsSecond()) {
                b = partner(a, phrases, k / n, existing, usedAs);
                if (b == null) {
                    continue;
                }
            }
            Candidate focus = pool.focus(a, b);
            String text = operator.template().apply(new Slots(a.phrase(), b == null ? null : b.phrase(),
                    focus == null ? null : focus.phrase(), pool.audience == null ? null : pool.audience.phrase()));
            if (text == null) {
                continue;
            }
            text = capitalise(text);
            Set<String> stems = TextAnalysis.contentStems(text);
            if (tooClose(stems, existing, MAX_OVERLAP_WITH_IDEAS) || tooClose(stems, chosen, MAX_OVERLAP_WITH_SUGGESTIONS)) {
                continue;
            }
            chosen.add(stems);
            usedAs.add(a.phrase().text());
            List<String> basedOn = b == null ? List.of(a.phrase().ref()) : List.of(a.phrase().ref(), b.phrase().ref());
            String rationale = request.step().title() + " (" + operator.name() + ") applied to \"" + a.phrase().ref()
                    + "\" from the " + a.origin() + (b == null ? "" : " and \"" + b.phrase().ref() + "\" from the " + b.origin());
            out.add(new Suggestion(text, request.step().key(), rationale, basedOn));
        }
        return out;
    }

    /** Function words that introduce where things happen: the noun phrase after one is the topic's setting. */
    private static final Set<String> SETTING = Set.of("in", "at", "on", "for", "within", "inside", "across", "around", "throughout");

    /** With this many things named by the ideas, suggestions act on them rather than on the topic's own things. */
    private static final int MIN_IDEA_THINGS = 3;

    /** A noun phrase of the session, where it first appeared and how strongly it stands for the session. */
    private record Candidate(NounPhrase phrase, Set<String> stems, String origin, double score) {
    }

    /**
     * The session's noun phrases: things (to act on) and the audience (the people the topic is about). A phrase's
     * score grows with its length in nouns, with the number of texts that use all its words, and when the topic
     * names it; phrases that repeat the words of a better one are dropped.
     */
    private record Pool(List<Candidate> things, List<Candidate> topicThings, Candidate audience) {

        static Pool of(String topic, List<String> ideaTexts) {
            List<Set<String>> allTexts = new ArrayList<>();
            allTexts.add(TextAnalysis.contentStems(topic));
            ideaTexts.forEach(text -> allTexts.add(TextAnalysis.contentStems(text)));
            List<Candidate> raw = new ArrayList<>();
            NounPhrases.of(topic).forEach(phrase -> raw.add(candidate(phrase, "topic", allTexts, 3.0)));
            for (String text : ideaTexts) {
                NounPhrases.of(text).forEach(phrase -> raw.add(candidate(phrase, "ideas", allTexts, 0.0)));
            }
            List<Candidate> sorted = new ArrayList<>(raw);
            sorted.sort(Comparator.comparingDouble(Candidate::score).reversed()); // stable: first seen wins ties
            List<Candidate> things = new ArrayList<>();
            List<Candidate> topicThings = new ArrayList<>();
            Candidate audience = null;
            List<Set<String>> kept = new ArrayList<>();
            for (Candidate candidate : sorted) {
                if (candidate.phrase().people()) {
                    if (audience == null || "ideas".equals(audience.origin()) && "topic".equals(candidate.origin())) {
                        audience = candidate;
                    }
                    continue;
                }
                if (candidate.stems().isEmpty() || kept.stream().anyMatch(other -> other.containsAll(candidate.stems()))) {
                    continue;
                }
                kept.add(candidate.stems());
                things.add(candidate);
                if ("topic".equals(candidate.origin())) {
                    topicThings.add(candidate);
                }
            }
            // The topic's setting ("in the mobile app", "at the emergency department") is what the session improves:
            // it comes first as the focus, and when the ideas name enough things of their own, suggestions act on
            // those and keep the topic's things for the focus slot.
            topicThings.sort(Comparator.comparing(candidate -> !SETTING.contains(candidate.phrase().preposition())));
            long ideaThings = things.stream().filter(candidate -> "ideas".equals(candidate.origin())).count();
            if (ideaThings >= MIN_IDEA_THINGS) {
                things.removeIf(candidate -> "topic".equals(candidate.origin()));
            }
            return new Pool(things, topicThings, audience);
        }

        private static Candidate candidate(NounPhrase phrase, String origin, List<Set<String>> texts, double bonus) {
            Set<String> stems = TextAnalysis.contentStems(phrase.text());
            long uses = texts.stream().filter(text -> !stems.isEmpty() && text.containsAll(stems)).count();
            double score = 1.5 * Math.min(phrase.weight(), 3.0) + Math.max(0, uses - 1) + bonus;
            return new Candidate(phrase, stems, origin, score);
        }

        /** What the topic is mainly about (its setting first), unless a suggestion already acts on it; null then. */
        Candidate focus(Candidate a, Candidate b) {
            if (topicThings.isEmpty()) {
                return null;
            }
            Candidate focus = topicThings.get(0);
            boolean used = focus.stems().stream().anyMatch(a.stems()::contains)
                    || b != null && focus.stems().stream().anyMatch(b.stems()::contains);
            return used ? null : focus;
        }
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
