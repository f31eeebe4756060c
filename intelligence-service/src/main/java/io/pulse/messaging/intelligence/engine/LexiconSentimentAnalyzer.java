package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VADER (Hutto and Gilbert, 2014), written for this service over VADER's own human-rated lexicon (about 7,500 words,
 * slang and emoticons, each the mean of ten ratings on -4..+4), with a small layer of our own (emoji, chat and
 * work-chat slang, a few phrases) on top. The rules are VADER's, with its empirically derived constants:
 * <ul>
 * <li>boosters and dampeners ("very", "extremely"; "slightly", "kind of") up to three words before a sentiment
 * word add ±0.293, times 0.95 and 0.9 at distance two and three; a booster in CAPS adds 0.733 more;</li>
 * <li>negation ("not", "never", any "n't", "without", "no", ...) up to three words before flips and damps it
 * (x -0.74); "never so good" and "never this good" emphasise (x 1.25) instead, "without doubt" keeps it;
 * "least" negates unless "at least" or "very least";</li>
 * <li>contrastive "but": sentiment before it counts half, after it one and a half times;</li>
 * <li>a sentiment word in ALL CAPS among mixed-case text gains 0.733;</li>
 * <li>"!" adds 0.292 each up to four, two or three "?" 0.18 each and more 0.96, in the direction of the sum;</li>
 * <li>VADER's idioms ("the bomb", "yeah right", "under the weather", ...) replace the words' valences;</li>
 * <li>the sum is normalised to [-1, 1] by {@code s / sqrt(s^2 + 15)}.</li>
 * </ul>
 * Beyond VADER (which reads emoji through their English names and does not see clause breaks): emoji carry
 * lexicon-like valences of their own, an emoticon glued to a word is still read, an elongated word ("goood") is
 * read as the word with a booster's emphasis, no modifier reaches past the end of a sentence (".", "!", "?", ";")
 * and "no" not past a comma either, and a booster that is itself a sentiment word ("incredible") counts as one when it
 * modifies nothing. A text whose strong positive and strong negative parts are of comparable weight is labelled
 * {@link SentimentLabel#MIXED}. Thread-safe and stateless.
 *
 * <p>The parts: {@link SentimentLexicon} (what words are worth), {@link SentimentTokenizer}, {@link ValenceRules} (the
 * rules around a sentiment word) and {@link SentimentScore} (from the valences to the result).
 */
public final class LexiconSentimentAnalyzer implements SentimentAnalyzer {

    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    static final double C_INCR = 0.733;
    static final double N_SCALAR = -0.74;
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;
    static final double ALPHA = 15;
    /** Compound scores at or beyond ±0.05 are positive or negative, as in VADER. */
    public static final double LABEL_THRESHOLD = 0.05;

    private static volatile LexiconSentimentAnalyzer builtIn;

    private final SentimentLexicon lexicon;
    private final SentimentTokenizer tokenizer;
    private final ValenceRules rules;

    /**
     * @param lexicon single tokens (words, slang, emoticons, emoji) and their valence on -4..4
     * @param phrases multi-word expressions (words joined by one space) and their valence
     */
    public LexiconSentimentAnalyzer(Map<String, Double> lexicon, Map<String, Double> phrases) {
        this(new SentimentLexicon(lexicon, phrases));
    }

    private LexiconSentimentAnalyzer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
        this.tokenizer = new SentimentTokenizer(lexicon);
        this.rules = new ValenceRules(lexicon);
    }

    /** The analyser over VADER's lexicon with this module's additions and emoji (loaded once per JVM). */
    public static LexiconSentimentAnalyzer builtIn() {
        LexiconSentimentAnalyzer analyzer = builtIn;
        if (analyzer == null) {
            synchronized (LexiconSentimentAnalyzer.class) {
                if (builtIn == null) {
                    builtIn = new LexiconSentimentAnalyzer(SentimentLexicon.load());
                }
                analyzer = builtIn;
            }
        }
        return analyzer;
    }

    /** How many single-token entries the lexicon holds. */
    public int lexiconSize() {
        return lexicon.size();
    }

    /** The lexicon valence of a token (lower-cased), or null when it has none. */
    public Double valenceOf(String token) {
        return lexicon.valence(token.toLowerCase(Locale.ROOT));
    }

    @Override
    public SentimentResult analyze(String text) {
        String input = text == null ? "" : text;
        List<SentimentToken> tokens = tokenizer.tokenize(input);
        List<SentimentSignal> signals = new ArrayList<>();
        double[] sentiments = valences(tokens, signals);
        double[] beforeContrast = sentiments.clone();
        ValenceRules.butCheck(tokens, sentiments, signals);
        return SentimentScore.of(input, sentiments, beforeContrast, signals);
    }

    /** {@code s / sqrt(s^2 + 15)}, clamped to [-1, 1]. */
    static double normalise(double sum) {
        double score = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1, Math.min(1, score));
    }

    /** Each token's valence after the rules (0 for a token without one); the signals behind them go to {@code signals}. */
    private double[] valences(List<SentimentToken> tokens, List<SentimentSignal> signals) {
        boolean capDiff = ValenceRules.capDifferential(tokens);
        double[] sentiments = new double[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).punctuation) {
                continue;
            }
            // an idiom or phrase: its valence replaces its words', modifiers before it still apply
            int phraseEnd = rules.phraseEnd(tokens, i);
            if (phraseEnd > i) {
                sentiments[phraseEnd] = phraseValence(tokens, i, phraseEnd, capDiff, signals);
                i = phraseEnd;
            } else {
                sentiments[i] = wordValence(tokens, i, capDiff, signals);
            }
        }
        return sentiments;
    }

    private double phraseValence(List<SentimentToken> tokens, int start, int end, boolean capDiff, List<SentimentSignal> signals) {
        double valence = lexicon.phrase(ValenceRules.joined(tokens, start, end));
        if (valence != 0) {
            signals.add(new SentimentSignal("phrase", ValenceRules.shown(tokens, start, end), valence));
            valence = rules.modifiers(tokens, start, valence, capDiff, false, signals);
        }
        return valence;
    }

    private double wordValence(List<SentimentToken> tokens, int i, boolean capDiff, List<SentimentSignal> signals) {
        SentimentToken token = tokens.get(i);
        if (token.booster != null && !(lexicon.contains(token.lower) && rules.modifiesNothing(tokens, i))) {
            return 0;
        }
        if (ValenceRules.isPairStart(tokens, i)) {
            return 0; // "kind" of "kind of": a dampener, not the lexicon's "kind" (kindness)
        }
        Double found = lexicon.valence(token.lower);
        boolean elongated = false;
        if (found == null && !token.emoji) {
            found = lexicon.elongatedOrInflected(token.lower);
            elongated = found != null && !SentimentLexicon.collapseRuns(token.lower, 2).equals(token.lower);
        }
        // "no" before another sentiment word negates it rather than counting itself
        if (found == null || found == 0 || token.lower.equals("no") && i + 1 < tokens.size() && !token.breaksAfter(true)
                && rules.isSentimentWord(tokens.get(i + 1))) {
            return 0;
        }
        double valence = found;
        signals.add(new SentimentSignal(token.emoji ? "emoji" : token.emoticon ? "emoticon" : "word", token.text, valence));
        if (ValenceRules.followsNo(tokens, i)) {
            double negated = valence * N_SCALAR;
            signals.add(new SentimentSignal("negation", "no … " + token.text, negated - valence));
            valence = negated;
        }
        if (capDiff && token.upper) {
            double delta = valence > 0 ? C_INCR : -C_INCR;
            valence += delta;
            signals.add(new SentimentSignal("capitals", token.text, delta));
        }
        if (elongated) {
            double delta = valence > 0 ? B_INCR : -B_INCR;
            valence += delta;
            signals.add(new SentimentSignal("elongation", token.text, delta));
        }
        return rules.modifiers(tokens, i, valence, capDiff, true, signals);
    }
}
