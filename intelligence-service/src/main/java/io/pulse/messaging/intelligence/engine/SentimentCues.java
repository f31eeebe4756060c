package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.pulse.messaging.common.text.ComplaintCues;
import io.pulse.messaging.common.text.SarcasmCues;

/**
 * The lexicon's reading corrected by what it cannot see: sarcasm ({@link SarcasmCues}, in common), a problem reported solved
 * ("thanks, the outage is resolved": its problem words no longer count), complaints and apologies
 * ({@link ComplaintCues}, in common). Each correction is added to the lexicon's raw valence sum (VADER's -4..4 scale, before
 * normalisation) and shows as a signal of its own, so the explanation says why the score moved.
 */
final class SentimentCues {

    private static final Pattern APOLOGY_WORD = Pattern.compile("sorry|apolog", Pattern.CASE_INSENSITIVE);

    private SentimentCues() {
    }

    /**
     * @param compound the corrected compound score in [-1, 1]
     * @param signals  the lexicon's signals and the cues', strongest first
     */
    record Reading(double compound, boolean sarcastic, int complaintKinds, boolean apology, boolean resolved,
            List<SentimentSignal> signals) {

        /** A cue that says the text is negative whatever its words: sarcasm or a complaint. */
        boolean negativeCue() {
            return sarcastic || complaintKinds > 0;
        }
    }

    static Reading read(String text, SentimentResult lexicon) {
        double sum = rawSum(lexicon.score());
        List<SentimentSignal> signals = new ArrayList<>(lexicon.signals());
        double praise = positiveSum(lexicon.signals());
        SarcasmCues.Found sarcasm = SarcasmCues.find(text, praise);
        if (sarcasm.sarcastic()) {
            double effect = sarcasm.sarcastic() ? -2 * praise : 0;
            sum += effect;
            signals.add(new SentimentSignal("sarcasm", sarcasm.evidence(), round(effect)));
        }
        boolean resolved = !sarcasm.sarcastic() && praise > 0 && SarcasmCues.resolved(text);
        if (resolved) {
            double effect = -negativeSum(lexicon.signals());
            sum += effect;
            signals.add(new SentimentSignal("resolution", "problem solved", round(effect)));
        }
        ComplaintCues.Complaint complaint = ComplaintCues.complaint(text);
        if (complaint.kinds() > 0) {
            sum += complaint.effect();
            signals.add(new SentimentSignal("complaint", complaint.evidence(), round(complaint.effect())));
        }
        String apology = ComplaintCues.apology(text);
        if (apology != null) {
            double effect = apologyEffect(lexicon.signals());
            sum += effect;
            signals.add(new SentimentSignal("apology", apology, round(effect)));
        }
        signals.sort((a, b) -> Double.compare(Math.abs(b.effect()), Math.abs(a.effect())));
        return new Reading(LexiconSentimentAnalyzer.normalise(sum), sarcasm.sarcastic(), complaint.kinds(), apology != null,
                resolved, signals);
    }

    /** The positive lexicon valences of a result, from its signals (words, emoji, phrases and what modified them): its praise. */
    static double positiveSum(List<SentimentSignal> signals) {
        double sum = 0;
        for (SentimentSignal s : signals) {
            if (s.effect() > 0 && (s.kind().equals("word") || s.kind().equals("emoji") || s.kind().equals("phrase")
                    || s.kind().equals("emoticon"))) {
                sum += s.effect();
            }
        }
        return sum;
    }

    /** The negative lexicon valences of a result (its problem words and what modified them). */
    static double negativeSum(List<SentimentSignal> signals) {
        double sum = 0;
        for (SentimentSignal s : signals) {
            if (s.effect() < 0 && !s.kind().equals("negation")) {
                sum += s.effect();
            }
        }
        return sum;
    }

    /**
     * What an apology adds to the raw sum: back the negative valence the lexicon gave its words (and their
     * intensifiers), plus {@link ComplaintCues#EMPATHY}.
     */
    static double apologyEffect(List<SentimentSignal> signals) {
        double taken = 0;
        for (SentimentSignal s : signals) {
            if (s.effect() < 0 && APOLOGY_WORD.matcher(s.text()).find()) {
                taken -= s.effect();
            }
        }
        return taken + ComplaintCues.EMPATHY;
    }

    /** The raw valence sum behind a compound score (the inverse of {@code s / sqrt(s^2 + 15)}). */
    static double rawSum(double compound) {
        double c = Math.max(-0.999, Math.min(0.999, compound));
        return c * Math.sqrt(LexiconSentimentAnalyzer.ALPHA / (1 - c * c));
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
