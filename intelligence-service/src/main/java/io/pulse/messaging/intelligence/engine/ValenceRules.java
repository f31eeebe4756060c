package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.AFTER_BUT;
import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.BEFORE_BUT;
import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.B_DECR;
import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.C_INCR;
import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.N_SCALAR;

import java.util.List;
import java.util.Set;

/**
 * VADER's rules around a sentiment word: the window of modifiers before it (boosters and dampeners, negation, the
 * dampening pairs, "least"), "no" before it, the contrastive "but", and where phrases, clauses and pairs begin and end.
 * Each rule that changes a valence records a {@link SentimentSignal}.
 */
final class ValenceRules {

    /** VADER's NEGATE list, plus "nobody" and "noone". */
    static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent",
            "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't",
            "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt",
            "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't",
            "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite", "nobody", "noone");

    private static final Set<String> DAMPENING_PAIRS = Set.of("kind of", "sort of", "just enough");
    private static final int MAX_PHRASE = 4;

    private static final Set<String> MODAL_NEGATIONS = Set.of("can't", "cannot", "cant", "won't", "wont", "shouldn't",
            "shouldnt", "mustn't", "mustnt", "wouldn't", "wouldnt", "couldn't", "couldnt");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "another", "any", "these",
            "those", "such");
    private static final Set<String> ABSENCE_VERBS = Set.of("be", "have", "get", "see", "find", "expect", "cause",
            "create", "introduce", "bring", "make", "pose", "mean", "imagine", "notice", "hear", "face", "hit", "need",
            "foresee", "feel", "spot", "detect", "anticipate", "remember", "recall", "think", "believe");

    private final SentimentLexicon lexicon;

    ValenceRules(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * VADER's window of three words before the sentiment word at {@code at}: boosters and dampeners (scaled by
     * distance), negation (with "never so", "without doubt"), the dampening pairs "kind of" / "sort of", and
     * "least". Only words that are not sentiment words themselves act as modifiers, and never across a clause break.
     */
    double modifiers(List<SentimentToken> tokens, int at, double valence, boolean capDiff, boolean least,
            List<SentimentSignal> signals) {
        String target = tokens.get(at).text;
        for (int startI = 0; startI < 3; startI++) {
            int k = at - (startI + 1);
            if (k < 0 || tokens.get(k).breaksAfter(false)) {
                break;
            }
            SentimentToken before = tokens.get(k);
            if (isSentimentWord(before)) {
                continue;
            }
            double s = scalar(before, valence, capDiff);
            if (s != 0) {
                s *= startI == 1 ? 0.95 : startI == 2 ? 0.9 : 1;
                valence += s;
                signals.add(new SentimentSignal(before.booster > 0 ? "intensifier" : "dampener",
                        before.text + " " + target, s));
            }
            valence = negationCheck(tokens, at, startI, valence, target, signals);
        }
        // "kind of good", "sort of bad", "just enough": dampen toward zero
        for (int k = at - 2; k >= Math.max(0, at - 3); k--) {
            if (withinClause(tokens, k, at, false) && DAMPENING_PAIRS.contains(tokens.get(k).lower + " " + tokens.get(k + 1).lower)) {
                double s = valence > 0 ? B_DECR : -B_DECR;
                valence += s;
                signals.add(new SentimentSignal("dampener", tokens.get(k).text + " " + tokens.get(k + 1).text + " " + target, s));
                break;
            }
        }
        if (least && at > 0 && withinClause(tokens, at - 1, at, false) && tokens.get(at - 1).lower.equals("least")
                && !(at > 1 && (tokens.get(at - 2).lower.equals("at") || tokens.get(at - 2).lower.equals("very")))) {
            double negated = valence * N_SCALAR;
            signals.add(new SentimentSignal("negation", "least " + target, negated - valence));
            valence = negated;
        }
        return valence;
    }

    private double negationCheck(List<SentimentToken> tokens, int i, int startI, double valence, String target,
            List<SentimentSignal> signals) {
        String w1 = tokens.get(i - 1).lower;
        double changed = valence;
        if (startI == 0) {
            if (negates(w1)) {
                changed = valence * N_SCALAR;
            }
        } else if (startI == 1) {
            String w2 = tokens.get(i - 2).lower;
            if (w2.equals("never") && (w1.equals("so") || w1.equals("this"))) {
                changed = valence * 1.25;
            } else if (w2.equals("without") && w1.equals("doubt")) {
                changed = valence;
            } else if (negates(w2)) {
                changed = valence * N_SCALAR;
            }
        } else {
            String w2 = tokens.get(i - 2).lower;
            String w3 = tokens.get(i - 3).lower;
            if (w3.equals("never") && (w2.equals("so") || w2.equals("this") || w1.equals("so") || w1.equals("this"))) {
                changed = valence * 1.25;
            } else if (w3.equals("without") && (w2.equals("doubt") || w1.equals("doubt"))) {
                changed = valence;
            } else if (negates(w3) && !preventedAction(w3, w2, w1, valence)) {
                changed = valence * N_SCALAR;
            }
        }
        if (changed != valence) {
            String negator = tokens.get(i - startI - 1).text;
            signals.add(new SentimentSignal(changed * valence < 0 ? "negation" : "intensifier", negator + " … " + target,
                    changed - valence));
        }
        return changed;
    }

    /**
     * "We can't ship a crash", "we can't afford a delay": a negated modal before a verb and its object negates the action
     * (we will avoid it), not the object's polarity, so a negative object stays negative instead of being flipped into
     * praise. Light, causative and perception verbs keep VADER's flip: "won't be a problem", "shouldn't cause an issue",
     * "can't see a problem" do say that the bad thing is absent.
     */
    private static boolean preventedAction(String negator, String verb, String determiner, double valence) {
        return valence < 0 && MODAL_NEGATIONS.contains(negator.replace('\u2019', '\'')) && DETERMINERS.contains(determiner)
                && !ABSENCE_VERBS.contains(verb);
    }

    static boolean negates(String lower) {
        return NEGATE.contains(lower) || lower.contains("n't");
    }

    private static double scalar(SentimentToken word, double valence, boolean capDiff) {
        Double booster = word.booster;
        if (booster == null) {
            return 0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (word.upper && capDiff) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return scalar;
    }

    /** "no" one or two words before (or three, with "or"/"nor" just before), within the clause. */
    static boolean followsNo(List<SentimentToken> tokens, int i) {
        if (i > 0 && withinClause(tokens, i - 1, i, true) && tokens.get(i - 1).lower.equals("no")) {
            return true;
        }
        if (i > 1 && withinClause(tokens, i - 2, i, true) && tokens.get(i - 2).lower.equals("no")) {
            return true;
        }
        return i > 2 && withinClause(tokens, i - 3, i, true) && tokens.get(i - 3).lower.equals("no")
                && (tokens.get(i - 1).lower.equals("or") || tokens.get(i - 1).lower.equals("nor"));
    }

    /** No sentence break (nor a comma, when {@code commas}) after the tokens from {@code from} up to (not including) {@code to}. */
    private static boolean withinClause(List<SentimentToken> tokens, int from, int to, boolean commas) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).breaksAfter(commas)) {
                return false;
            }
        }
        return true;
    }

    /** VADER's contrastive "but": sentiment before the first "but" counts half, after it one and a half times. */
    static void butCheck(List<SentimentToken> tokens, double[] sentiments, List<SentimentSignal> signals) {
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lower.equals("but")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return;
        }
        double delta = 0;
        for (int i = 0; i < sentiments.length; i++) {
            if (sentiments[i] == 0 || i == at) {
                continue;
            }
            double changed = sentiments[i] * (i < at ? BEFORE_BUT : AFTER_BUT);
            delta += changed - sentiments[i];
            sentiments[i] = changed;
        }
        if (delta != 0) {
            signals.add(new SentimentSignal("contrast", tokens.get(at).text, delta));
        }
    }

    boolean isSentimentWord(SentimentToken token) {
        return !token.punctuation && lexicon.contains(token.lower);
    }

    /** A booster that is also a sentiment word ("incredible", "total") modifies nothing when no sentiment word follows. */
    boolean modifiesNothing(List<SentimentToken> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 3); k++) {
            SentimentToken next = tokens.get(k);
            if (next.punctuation || tokens.get(k - 1).breaksAfter(true)) {
                return true;
            }
            if (isSentimentWord(next) || next.booster != null) {
                return false;
            }
        }
        return true;
    }

    /** The first word of a dampening pair ("kind" of "kind of"). */
    static boolean isPairStart(List<SentimentToken> tokens, int i) {
        return i + 1 < tokens.size() && !tokens.get(i).breaksAfter(true)
                && DAMPENING_PAIRS.contains(tokens.get(i).lower + " " + tokens.get(i + 1).lower);
    }

    /** The last token of the longest phrase starting at {@code i}, or {@code i} when none does. */
    int phraseEnd(List<SentimentToken> tokens, int i) {
        if (!lexicon.startsPhrase(tokens.get(i).lower)) {
            return i;
        }
        for (int end = Math.min(tokens.size() - 1, i + MAX_PHRASE - 1); end > i; end--) {
            if (withinClause(tokens, i, end, true) && lexicon.phrase(joined(tokens, i, end)) != null) {
                return end;
            }
        }
        return i;
    }

    /** The lower-case words from {@code from} to {@code to} (inclusive), as phrases are keyed. */
    static String joined(List<SentimentToken> tokens, int from, int to) {
        StringBuilder key = new StringBuilder(tokens.get(from).lower);
        for (int k = from + 1; k <= to; k++) {
            key.append(' ').append(tokens.get(k).lower);
        }
        return key.toString();
    }

    /** The words from {@code from} to {@code to} (inclusive) as written. */
    static String shown(List<SentimentToken> tokens, int from, int to) {
        StringBuilder shown = new StringBuilder(tokens.get(from).text);
        for (int k = from + 1; k <= to; k++) {
            shown.append(' ').append(tokens.get(k).text);
        }
        return shown.toString();
    }

    /** VADER's test: some, but not all, tokens are ALL CAPS. */
    static boolean capDifferential(List<SentimentToken> tokens) {
        int upper = 0;
        int counted = 0;
        for (SentimentToken token : tokens) {
            if (token.emoji) {
                continue;
            }
            counted++;
            if (token.upper) {
                upper++;
            }
        }
        return upper > 0 && upper < counted;
    }
}
