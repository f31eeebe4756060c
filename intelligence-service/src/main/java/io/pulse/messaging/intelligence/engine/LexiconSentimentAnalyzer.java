package io.pulse.messaging.intelligence.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    /** A token at least this strong (after rules) counts as strong evidence for "mixed". */
    static final double STRONG = 1.4;
    /** The weaker side must weigh at least this share of the stronger one for "mixed". */
    static final double MIXED_BALANCE = 0.4;
    private static final int MAX_SIGNALS = 12;
    private static final int MAX_PHRASE = 4;

    static final String VADER_LEXICON = "/vader_sentiment_lexicon.txt";
    static final String ADDITIONS = "/engine/sentiment-additions.txt";
    static final String EMOJI = "/engine/emoji-valence.txt";

    /** VADER's NEGATE list, plus "nobody" and "noone". */
    static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent",
            "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't",
            "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt",
            "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't",
            "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite", "nobody", "noone");

    /** VADER's BOOSTER_DICT (single words; "kind of", "sort of" and "just enough" are read as pairs). */
    static final Map<String, Double> BOOSTERS = boosters();
    private static final Set<String> DAMPENING_PAIRS = Set.of("kind of", "sort of", "just enough");

    /** VADER's SPECIAL_CASES and SENTIMENT_LADEN_IDIOMS. */
    static final Map<String, Double> VADER_IDIOMS = Map.ofEntries(Map.entry("the shit", 3.0), Map.entry("the bomb", 3.0),
            Map.entry("bad ass", 1.5), Map.entry("badass", 1.5), Map.entry("bus stop", 0.0), Map.entry("yeah right", -2.0),
            Map.entry("kiss of death", -1.5), Map.entry("to die for", 3.0), Map.entry("beating heart", 3.1),
            Map.entry("broken heart", -2.9), Map.entry("cut the mustard", 2.0), Map.entry("hand to mouth", -2.0),
            Map.entry("back handed", -2.0), Map.entry("blow smoke", -2.0), Map.entry("blowing smoke", -2.0),
            Map.entry("upper hand", 1.0), Map.entry("break a leg", 2.0), Map.entry("cooking with gas", 2.0),
            Map.entry("in the black", 2.0), Map.entry("in the red", -2.0), Map.entry("on the ball", 2.0),
            Map.entry("under the weather", -2.0));

    private static volatile LexiconSentimentAnalyzer builtIn;

    private final Map<String, Double> lexicon;
    /** Multi-word entries, keyed by their words joined with one space. */
    private final Map<String, Double> phrases;
    /** First words of the phrases, to skip the phrase search for most tokens. */
    private final Set<String> phraseStarts;

    /**
     * @param lexicon single tokens (words, slang, emoticons, emoji) and their valence on -4..4
     * @param phrases multi-word expressions (words joined by one space) and their valence
     */
    public LexiconSentimentAnalyzer(Map<String, Double> lexicon, Map<String, Double> phrases) {
        this.lexicon = Map.copyOf(lexicon);
        this.phrases = Map.copyOf(phrases);
        this.phraseStarts = phrases.keySet().stream().map(p -> p.substring(0, p.indexOf(' '))).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The analyser over VADER's lexicon with this module's additions and emoji (loaded once per JVM). */
    public static LexiconSentimentAnalyzer builtIn() {
        LexiconSentimentAnalyzer analyzer = builtIn;
        if (analyzer == null) {
            synchronized (LexiconSentimentAnalyzer.class) {
                if (builtIn == null) {
                    Map<String, Double> words = new HashMap<>(loadVaderLexicon(VADER_LEXICON));
                    Map<String, Double> phrases = new HashMap<>();
                    VADER_IDIOMS.forEach((k, v) -> (k.indexOf(' ') > 0 ? phrases : words).put(k, v));
                    loadAdditions(ADDITIONS, words, phrases);
                    loadAdditions(EMOJI, words, phrases);
                    builtIn = new LexiconSentimentAnalyzer(words, phrases);
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
        return lexicon.get(token.toLowerCase(Locale.ROOT));
    }

    /** Reads VADER's lexicon file: token, TAB, mean rating, TAB, standard deviation, TAB, the ten ratings. */
    static Map<String, Double> loadVaderLexicon(String resource) {
        Map<String, Double> entries = new HashMap<>(8192);
        forEachLine(resource, line -> {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException("VADER lexicon line without a rating: " + line);
            }
            entries.put(fields[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(fields[1].strip()));
        });
        return entries;
    }

    /**
     * Reads one of this module's additions: token or phrase, TAB, valence (an optional third column is a comment);
     * lines starting with {@code #} are comments. A later entry replaces an earlier one.
     */
    static void loadAdditions(String resource, Map<String, Double> words, Map<String, Double> phrases) {
        forEachLine(resource, line -> {
            if (line.startsWith("#")) {
                return;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException("Lexicon addition without a valence: " + line);
            }
            String key = fields[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            double valence = Double.parseDouble(fields[1].strip());
            (key.indexOf(' ') > 0 ? phrases : words).put(key, valence);
        });
    }

    private static void forEachLine(String resource, java.util.function.Consumer<String> action) {
        InputStream in = LexiconSentimentAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Sentiment lexicon not found on the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- scoring ------------------------------------------------------------------------------------------------

    @Override
    public SentimentResult analyze(String text) {
        String input = text == null ? "" : text;
        List<Token> tokens = tokenize(input);
        int n = tokens.size();
        boolean capDiff = capDifferential(tokens);
        double[] sentiments = new double[n];
        List<SentimentSignal> signals = new ArrayList<>();

        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (token.punctuation) {
                continue;
            }
            // an idiom or phrase: its valence replaces its words', modifiers before it still apply
            int phraseEnd = phraseEnd(tokens, i);
            if (phraseEnd > i) {
                double valence = phrases.get(joined(tokens, i, phraseEnd));
                if (valence != 0) {
                    signals.add(new SentimentSignal("phrase", shown(tokens, i, phraseEnd), valence));
                    valence = modifiers(tokens, i, valence, capDiff, false, signals);
                }
                sentiments[phraseEnd] = valence;
                i = phraseEnd;
                continue;
            }
            if (token.booster != null && !(lexicon.containsKey(token.lower) && modifiesNothing(tokens, i))) {
                continue;
            }
            if (isPairStart(tokens, i)) {
                continue; // "kind" of "kind of": a dampener, not the lexicon's "kind" (kindness)
            }
            Double found = lexicon.get(token.lower);
            boolean elongated = false;
            if (found == null && !token.emoji) {
                found = elongatedOrInflected(token.lower);
                elongated = found != null && !collapseRuns(token.lower, 2).equals(token.lower);
            }
            if (found == null) {
                continue;
            }
            double valence = found;
            // "no" before another sentiment word negates it rather than counting itself
            if (token.lower.equals("no") && i + 1 < n && !token.breaksAfter(true) && isSentimentWord(tokens.get(i + 1))) {
                continue;
            }
            if (valence == 0) {
                continue;
            }
            signals.add(new SentimentSignal(token.emoji ? "emoji" : token.emoticon ? "emoticon" : "word", token.text, valence));
            if (followsNo(tokens, i)) {
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
            valence = modifiers(tokens, i, valence, capDiff, true, signals);
            sentiments[i] = valence;
        }

        double[] beforeContrast = sentiments.clone();
        butCheck(tokens, sentiments, signals);

        double sum = 0;
        for (double v : sentiments) {
            sum += v;
        }
        double punctuation = punctuationEmphasis(input);
        if (sum > 0 && punctuation > 0) {
            sum += punctuation;
            signals.add(new SentimentSignal("punctuation", punctuationMarks(input), punctuation));
        } else if (sum < 0 && punctuation > 0) {
            sum -= punctuation;
            signals.add(new SentimentSignal("punctuation", punctuationMarks(input), -punctuation));
        }
        double compound = normalise(sum);

        // VADER's proportions: positive, negative and neutral shares of the tokens' sentiment mass
        double posSum = 0;
        double negSum = 0;
        int neutral = 0;
        for (double v : sentiments) {
            if (v > 0) {
                posSum += v + 1;
            } else if (v < 0) {
                negSum += v - 1;
            } else {
                neutral++;
            }
        }
        if (posSum > -negSum) {
            posSum += punctuation;
        } else if (posSum < -negSum) {
            negSum -= punctuation;
        }
        double total = posSum - negSum + neutral;
        double posShare = total == 0 ? 0 : posSum / total;
        double negShare = total == 0 ? 0 : -negSum / total;
        double neuShare = total == 0 ? 1 : neutral / total;

        double strongestPositive = 0;
        double strongestNegative = 0;
        double positiveMass = 0;
        double negativeMass = 0;
        for (double v : beforeContrast) {
            if (v > 0) {
                positiveMass += v;
                strongestPositive = Math.max(strongestPositive, v);
            } else if (v < 0) {
                negativeMass -= v;
                strongestNegative = Math.min(strongestNegative, v);
            }
        }
        boolean mixed = strongestPositive >= STRONG && strongestNegative <= -STRONG
                && Math.min(positiveMass, negativeMass) >= MIXED_BALANCE * Math.max(positiveMass, negativeMass);
        SentimentLabel label;
        double confidence;
        if (mixed) {
            label = SentimentLabel.MIXED;
            confidence = 0.5 + 0.5 * Math.min(positiveMass, negativeMass) / Math.max(positiveMass, negativeMass);
        } else if (compound >= LABEL_THRESHOLD) {
            label = SentimentLabel.POSITIVE;
            confidence = 0.5 + 0.5 * compound;
        } else if (compound <= -LABEL_THRESHOLD) {
            label = SentimentLabel.NEGATIVE;
            confidence = 0.5 - 0.5 * compound;
        } else {
            label = SentimentLabel.NEUTRAL;
            confidence = positiveMass + negativeMass == 0 ? 0.8 : 0.6;
        }
        signals.sort(Comparator.comparingDouble((SentimentSignal s) -> -Math.abs(s.effect())));
        List<SentimentSignal> top = signals.size() > MAX_SIGNALS ? List.copyOf(signals.subList(0, MAX_SIGNALS)) : List.copyOf(signals);
        return new SentimentResult(label, round(compound), round(confidence), round(posShare), round(negShare),
                round(neuShare), top);
    }

    /** {@code s / sqrt(s^2 + 15)}, clamped to [-1, 1]. */
    static double normalise(double sum) {
        double score = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1, Math.min(1, score));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * VADER's window of three words before the sentiment word at {@code at}: boosters and dampeners (scaled by
     * distance), negation (with "never so", "without doubt"), the dampening pairs "kind of" / "sort of", and
     * "least". Only words that are not sentiment words themselves act as modifiers, and never across a clause break.
     */
    private double modifiers(List<Token> tokens, int at, double valence, boolean capDiff, boolean least,
            List<SentimentSignal> signals) {
        String target = tokens.get(at).text;
        for (int startI = 0; startI < 3; startI++) {
            int k = at - (startI + 1);
            if (k < 0 || tokens.get(k).breaksAfter(false)) {
                break;
            }
            Token before = tokens.get(k);
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

    private double negationCheck(List<Token> tokens, int i, int startI, double valence, String target,
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

    private static final Set<String> MODAL_NEGATIONS = Set.of("can't", "cannot", "cant", "won't", "wont", "shouldn't",
            "shouldnt", "mustn't", "mustnt", "wouldn't", "wouldnt", "couldn't", "couldnt");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "another", "any", "these",
            "those", "such");
    private static final Set<String> ABSENCE_VERBS = Set.of("be", "have", "get", "see", "find", "expect", "cause",
            "create", "introduce", "bring", "make", "pose", "mean", "imagine", "notice", "hear", "face", "hit", "need",
            "foresee", "feel", "spot", "detect", "anticipate", "remember", "recall", "think", "believe");

    static boolean negates(String lower) {
        return NEGATE.contains(lower) || lower.contains("n't");
    }

    private static double scalar(Token word, double valence, boolean capDiff) {
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
    private static boolean followsNo(List<Token> tokens, int i) {
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
    private static boolean withinClause(List<Token> tokens, int from, int to, boolean commas) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).breaksAfter(commas)) {
                return false;
            }
        }
        return true;
    }

    /** VADER's contrastive "but": sentiment before the first "but" counts half, after it one and a half times. */
    private static void butCheck(List<Token> tokens, double[] sentiments, List<SentimentSignal> signals) {
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

    /** VADER's punctuation emphasis: up to four "!" at 0.292 each; two or three "?" at 0.18 each, more at 0.96. */
    static double punctuationEmphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double emphasis = Math.min(exclamations, 4) * 0.292;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        }
        return emphasis;
    }

    private static String punctuationMarks(String text) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < text.length() && marks.length() < 8; i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '?') {
                marks.append(c);
            }
        }
        return marks.toString();
    }

    private boolean isSentimentWord(Token token) {
        return !token.punctuation && lexicon.containsKey(token.lower);
    }

    /** A booster that is also a sentiment word ("incredible", "total") modifies nothing when no sentiment word follows. */
    private boolean modifiesNothing(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 3); k++) {
            Token next = tokens.get(k);
            if (next.punctuation || tokens.get(k - 1).breaksAfter(true)) {
                return true;
            }
            if (isSentimentWord(next) || next.booster != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPairStart(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && !tokens.get(i).breaksAfter(true)
                && DAMPENING_PAIRS.contains(tokens.get(i).lower + " " + tokens.get(i + 1).lower);
    }

    /** The last token of the longest phrase starting at {@code i}, or {@code i} when none does. */
    private int phraseEnd(List<Token> tokens, int i) {
        if (!phraseStarts.contains(tokens.get(i).lower)) {
            return i;
        }
        for (int end = Math.min(tokens.size() - 1, i + MAX_PHRASE - 1); end > i; end--) {
            if (withinClause(tokens, i, end, true) && phrases.containsKey(joined(tokens, i, end))) {
                return end;
            }
        }
        return i;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder(tokens.get(from).lower);
        for (int k = from + 1; k <= to; k++) {
            key.append(' ').append(tokens.get(k).lower);
        }
        return key.toString();
    }

    private static String shown(List<Token> tokens, int from, int to) {
        StringBuilder shown = new StringBuilder(tokens.get(from).text);
        for (int k = from + 1; k <= to; k++) {
            shown.append(' ').append(tokens.get(k).text);
        }
        return shown.toString();
    }

    /** A word not in the lexicon: its elongated form collapsed ("goooood"), or a regular inflection of a lexicon word. */
    private Double elongatedOrInflected(String word) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        String collapsed = collapseRuns(word, 2);
        if (!collapsed.equals(word)) {
            Double v = lexicon.get(collapsed);
            if (v == null) {
                v = lexicon.get(collapseRuns(word, 1));
            }
            if (v == null) {
                v = inflected(collapsed);
            }
            return v;
        }
        return inflected(word);
    }

    /** Regular inflections of a lexicon word: plural or third person, past tense, gerund. */
    private Double inflected(String word) {
        int length = word.length();
        if (length < 5) {
            return null;
        }
        Double v;
        if (word.endsWith("es") && (v = lexicon.get(word.substring(0, length - 2))) != null) {
            return v;
        }
        if (word.endsWith("s") && !word.endsWith("ss") && (v = lexicon.get(word.substring(0, length - 1))) != null) {
            return v;
        }
        if (word.endsWith("ed")) {
            if ((v = lexicon.get(word.substring(0, length - 1))) != null || (v = lexicon.get(word.substring(0, length - 2))) != null) {
                return v;
            }
        }
        if (word.endsWith("ing") && length > 5) {
            String stem = word.substring(0, length - 3);
            if ((v = lexicon.get(stem)) != null || (v = lexicon.get(stem + "e")) != null) {
                return v;
            }
        }
        return null;
    }

    /** Shortens runs of one letter longer than {@code max} to {@code max} letters ("sooooo" to "soo" or "so"). */
    static String collapseRuns(String word, int max) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run > max && Character.isLetter(c)) {
                if (out == null) {
                    out = new StringBuilder(word.substring(0, i));
                }
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? word : out.toString();
    }

    /** VADER's test: some, but not all, tokens are ALL CAPS. */
    private static boolean capDifferential(List<Token> tokens) {
        int upper = 0;
        int counted = 0;
        for (Token token : tokens) {
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

    // ---- tokens -------------------------------------------------------------------------------------------------

    static final class Token {
        final String text;
        final String lower;
        final boolean emoji;
        final boolean emoticon;
        /** Only punctuation (VADER keeps such tokens: they count as neutral and hold a place in the window). */
        final boolean punctuation;
        /** Python's {@code str.isupper()}: has a cased letter and no lower-case one. */
        final boolean upper;
        /** The booster or dampener scalar of the word (elongations included: "sooo", "reallly"), or null. */
        final Double booster;
        /** Followed by ".", "!", "?" or ";": modifiers do not reach across. */
        boolean sentenceEnd;
        /** Followed by ",": VADER's window reaches across, but not "no" (an interjection: "No, great job"). */
        boolean comma;

        Token(String text, boolean emoji, boolean emoticon, boolean punctuation) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            this.emoji = emoji;
            this.emoticon = emoticon;
            this.punctuation = punctuation;
            boolean cased = false;
            boolean lowerSeen = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    lowerSeen = true;
                } else if (Character.isUpperCase(c)) {
                    cased = true;
                }
            }
            this.upper = cased && !lowerSeen && !emoji;
            Double b = punctuation || emoji ? null : BOOSTERS.get(lower);
            if (b == null && !punctuation && !emoji && lower.length() > 3) {
                b = BOOSTERS.get(collapseRuns(lower, 2));
                if (b == null) {
                    b = BOOSTERS.get(collapseRuns(lower, 1));
                }
            }
            this.booster = b;
        }

        boolean breaksAfter(boolean commas) {
            return sentenceEnd || (commas && (comma || punctuation));
        }
    }

    /**
     * VADER's tokens: the text split on white space, leading and trailing punctuation stripped from words (an
     * emoticon such as ":)" or ":-D" is kept whole). In addition, emoji are split off as tokens of their own
     * (skin tones, variation selectors and joiners dropped), an emoticon glued after a word is split off, a word of
     * one or two letters loses its punctuation too ("no," is "no"), and punctuation that ends a clause is noted.
     */
    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                chunk(text.substring(start, i), tokens);
            }
        }
        return tokens;
    }

    private void chunk(String chunk, List<Token> tokens) {
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < chunk.length()) {
            int cp = chunk.codePointAt(i);
            if (isEmoji(cp)) {
                flushWord(word, tokens);
                tokens.add(new Token(new String(Character.toChars(cp)), true, false, false));
            } else if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                // variation selectors, joiners and skin tones carry no sentiment of their own
            } else {
                word.appendCodePoint(cp == '\u2019' || cp == '\u2018' ? '\'' : cp);
            }
            i += Character.charCount(cp);
        }
        flushWord(word, tokens);
    }

    private void flushWord(StringBuilder word, List<Token> tokens) {
        if (word.isEmpty()) {
            return;
        }
        String raw = word.toString();
        word.setLength(0);
        if (lexicon.containsKey(raw.toLowerCase(Locale.ROOT))) {
            // a word or an emoticon exactly as listed (":)", "<3", ":-D", "lol")
            tokens.add(new Token(raw, false, !Character.isLetterOrDigit(raw.charAt(0)), false));
            return;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isPunctuation(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            Token punctuation = new Token(raw, false, false, true);
            punctuation.sentenceEnd = endsSentence(raw);
            punctuation.comma = raw.indexOf(',') >= 0;
            tokens.add(punctuation);
            return;
        }
        String leading = raw.substring(0, start);
        String trailing = raw.substring(end);
        String core = raw.substring(start, end);
        // an emoticon that ends in a letter, glued to a word: "thanks:D", "great:P"
        for (int k = Math.min(3, core.length() - 2); k >= 2; k--) {
            String suffix = core.substring(core.length() - k);
            if (isPunctuation(suffix.charAt(0)) && lexicon.containsKey(suffix.toLowerCase(Locale.ROOT))) {
                tokens.add(new Token(core.substring(0, core.length() - k), false, false, false));
                tokens.add(new Token(suffix + trailing, false, true, false));
                return;
            }
        }
        String emoticonBefore = leading.length() >= 2 ? leadingEmoticon(leading) : null;
        if (emoticonBefore != null) {
            tokens.add(new Token(emoticonBefore, false, true, false));
        }
        Token token = new Token(core, false, false, false);
        tokens.add(token);
        if (!trailing.isEmpty()) {
            String emoticon = trailingEmoticon(trailing);
            if (emoticon != null) {
                tokens.add(new Token(emoticon, false, true, false));
            }
            Token last = tokens.get(tokens.size() - 1);
            last.sentenceEnd = endsSentence(trailing);
            last.comma = trailing.indexOf(',') >= 0;
        }
    }

    private String leadingEmoticon(String leading) {
        for (int to = leading.length(); to >= 2; to--) {
            if (lexicon.containsKey(leading.substring(0, to).toLowerCase(Locale.ROOT))) {
                return leading.substring(0, to);
            }
        }
        return null;
    }

    private String trailingEmoticon(String trailing) {
        for (int from = 0; from < trailing.length() - 1; from++) {
            for (int to = trailing.length(); to >= from + 2; to--) {
                String candidate = trailing.substring(from, to).toLowerCase(Locale.ROOT);
                if (lexicon.containsKey(candidate)) {
                    return trailing.substring(from, to);
                }
            }
        }
        return null;
    }

    /** Python's {@code string.punctuation}. */
    static boolean isPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean endsSentence(String punctuation) {
        for (int i = 0; i < punctuation.length(); i++) {
            char c = punctuation.charAt(i);
            if (c == '.' || c == ';' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
                || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1F2FF) || cp == 0x2B50 || cp == 0x2B55
                || cp == 0x2705 || cp == 0x274C || cp == 0x2764;
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> map = new HashMap<>();
        for (String up : ("absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
                + "enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping "
                + "flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly "
                + "hella highly hugely incredible incredibly intensely major majorly more most particularly purely quite "
                + "really remarkably so substantially thoroughly total totally tremendous tremendously uber unbelievably "
                + "unusually utter utterly very").split(" ")) {
            map.put(up, B_INCR);
        }
        for (String down : ("almost barely hardly kinda kindof kind-of less little marginal marginally occasional "
                + "occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of").split(" ")) {
            map.put(down, B_DECR);
        }
        return Map.copyOf(map);
    }
}
