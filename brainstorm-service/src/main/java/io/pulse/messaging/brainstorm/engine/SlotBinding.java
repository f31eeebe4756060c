package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulse.messaging.brainstorm.engine.IdeaQuotes.Quote;
import io.pulse.messaging.brainstorm.engine.NounPhrases.NounPhrase;
import io.pulse.messaging.brainstorm.engine.PhrasePool.Candidate;
import io.pulse.messaging.brainstorm.engine.SentencePlan.Filler;

/**
 * Fills a technique's slots for the n-th attempt: the n-th quotable idea, the n-th thing, a second thing that shares
 * no word with them (and does not come from the quoted idea), the topic's focus and the audience. Consecutive
 * attempts use different ideas and things.
 */
final class SlotBinding {

    /** The filled slots, and what they were taken from: quoted ideas and things (for the rationale and citations). */
    record Bound(Map<String, Filler> fillers, List<Quote> quotes, List<Candidate> things) {
    }

    private final PhrasePool pool;
    private final List<Candidate> things;
    private final List<Quote> quotes;

    SlotBinding(PhrasePool pool, List<Candidate> things, List<Quote> quotes) {
        this.pool = pool;
        this.things = things;
        this.quotes = quotes;
    }

    /** The slots of {@code plan} for attempt {@code n}, or null when the session has nothing to fill one of them. */
    Bound bind(SentencePlan plan, int n) {
        Map<String, Filler> fillers = new HashMap<>();
        List<Quote> usedQuotes = new ArrayList<>();
        List<Candidate> usedThings = new ArrayList<>();
        if (plan.needs("idea") && !quote(fillers, "idea", n, usedQuotes)
                || plan.needs("idea2") && !quote(fillers, "idea2", n + 1, usedQuotes)) {
            return null;
        }
        Candidate a = null;
        if (plan.needs("a")) {
            if (things.isEmpty()) {
                return null;
            }
            a = things.get(Math.floorMod(n, things.size()));
            fillers.put("a", filler(a.phrase()));
            usedThings.add(a);
        }
        Candidate b = null;
        if (plan.needs("b")) {
            b = partner(a, usedQuotes, n);
            if (b == null) {
                return null;
            }
            fillers.put("b", filler(b.phrase()));
            usedThings.add(b);
        }
        Candidate focus = a == null ? pool.focus() : pool.focus(a, b);
        if (focus != null && usedQuotes.stream().noneMatch(q -> q.stems().containsAll(focus.stems()))) {
            fillers.put("focus", filler(focus.phrase()));
        }
        people(fillers);
        return new Bound(fillers, usedQuotes, usedThings);
    }

    private boolean quote(Map<String, Filler> fillers, String slot, int n, List<Quote> used) {
        if (quotes.isEmpty()) {
            return false;
        }
        Quote quote = quotes.get(Math.floorMod(n, quotes.size()));
        if (used.contains(quote)) {
            return false;
        }
        used.add(quote);
        fillers.put(slot, new Filler(quote.text(), false));
        return true;
    }

    /** A second thing: no word shared with the first or with a quoted idea, the n-th of those that qualify. */
    private Candidate partner(Candidate a, List<Quote> usedQuotes, int n) {
        List<Candidate> options = new ArrayList<>();
        for (Candidate candidate : things) {
            Set<String> stems = candidate.stems();
            boolean sharesWithA = a != null && (candidate == a || stems.stream().anyMatch(a.stems()::contains));
            boolean fromQuote = usedQuotes.stream().anyMatch(q -> stems.stream().anyMatch(q.stems()::contains));
            if (!sharesWithA && !fromQuote) {
                options.add(candidate);
            }
        }
        return options.isEmpty() ? null : options.get(Math.floorMod(n / Math.max(1, things.size()) + n, options.size()));
    }

    /** The audience ("new customers", else "people") and the people beside them. */
    private void people(Map<String, Filler> fillers) {
        Candidate audience = pool.audience();
        if (audience == null) {
            fillers.put("who", new Filler("people", true));
            fillers.put("others", new Filler("a different group of people", false));
            return;
        }
        NounPhrase who = audience.phrase();
        fillers.put("who", filler(who));
        String text = who.text();
        boolean newcomers = who.article().isEmpty() && text.startsWith("new ") && text.length() > 4;
        fillers.put("others", new Filler(newcomers ? "existing " + text.substring(4) + " as well" : "people beyond " + who.ref(), true));
    }

    private static Filler filler(NounPhrase phrase) {
        return new Filler(phrase.ref(), phrase.plural());
    }
}
