package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.LABEL_THRESHOLD;

import java.util.Comparator;
import java.util.List;

/**
 * From the tokens' valences to a text's result: VADER's punctuation emphasis, compound score and positive, negative
 * and neutral shares, then the label (with {@link SentimentLabel#MIXED} when strong positive and strong negative parts
 * of comparable weight coexist), a confidence and the strongest signals.
 */
final class SentimentScore {

    /** A token at least this strong (after rules) counts as strong evidence for "mixed". */
    static final double STRONG = 1.4;
    /** The weaker side must weigh at least this share of the stronger one for "mixed". */
    static final double MIXED_BALANCE = 0.4;
    private static final int MAX_SIGNALS = 12;

    private SentimentScore() {
    }

    /**
     * @param sentiments     each token's valence, after the contrastive "but"
     * @param beforeContrast each token's valence before it (what "mixed" weighs)
     * @param signals        the signals so far; the punctuation's is added
     */
    static SentimentResult of(String text, double[] sentiments, double[] beforeContrast, List<SentimentSignal> signals) {
        double sum = 0;
        for (double v : sentiments) {
            sum += v;
        }
        double punctuation = punctuationEmphasis(text);
        if (sum > 0 && punctuation > 0) {
            sum += punctuation;
            signals.add(new SentimentSignal("punctuation", punctuationMarks(text), punctuation));
        } else if (sum < 0 && punctuation > 0) {
            sum -= punctuation;
            signals.add(new SentimentSignal("punctuation", punctuationMarks(text), -punctuation));
        }
        double compound = LexiconSentimentAnalyzer.normalise(sum);
        Shares shares = shares(sentiments, punctuation);
        Labelled labelled = label(beforeContrast, compound);
        signals.sort(Comparator.comparingDouble((SentimentSignal s) -> -Math.abs(s.effect())));
        List<SentimentSignal> top = signals.size() > MAX_SIGNALS ? List.copyOf(signals.subList(0, MAX_SIGNALS)) : List.copyOf(signals);
        return new SentimentResult(labelled.label(), round(compound), round(labelled.confidence()), round(shares.positive()),
                round(shares.negative()), round(shares.neutral()), top);
    }

    private record Shares(double positive, double negative, double neutral) {
    }

    private record Labelled(SentimentLabel label, double confidence) {
    }

    /** VADER's proportions: the positive, negative and neutral shares of the tokens' sentiment mass. */
    private static Shares shares(double[] sentiments, double punctuation) {
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
        return new Shares(total == 0 ? 0 : posSum / total, total == 0 ? 0 : -negSum / total, total == 0 ? 1 : neutral / total);
    }

    private static Labelled label(double[] valences, double compound) {
        double strongestPositive = 0;
        double strongestNegative = 0;
        double positiveMass = 0;
        double negativeMass = 0;
        for (double v : valences) {
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
        if (mixed) {
            return new Labelled(SentimentLabel.MIXED,
                    0.5 + 0.5 * Math.min(positiveMass, negativeMass) / Math.max(positiveMass, negativeMass));
        } else if (compound >= LABEL_THRESHOLD) {
            return new Labelled(SentimentLabel.POSITIVE, 0.5 + 0.5 * compound);
        } else if (compound <= -LABEL_THRESHOLD) {
            return new Labelled(SentimentLabel.NEGATIVE, 0.5 - 0.5 * compound);
        }
        return new Labelled(SentimentLabel.NEUTRAL, positiveMass + negativeMass == 0 ? 0.8 : 0.6);
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

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
