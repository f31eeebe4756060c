package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pulse.messaging.common.text.LanguageGuess;

/**
 * The conversation's sentiment from its messages' sentiments: a weighted mean in which later messages count
 * more (a conversation is judged by where it ended up, as support teams do) and opinionated messages more than
 * neutral ones; {@code mixed} when strong positive and strong negative messages both carry real weight.
 */
public final class ConversationSentimentAggregator {

    static final double STRONG = 0.4;
    static final double MIXED_BALANCE = 0.3;

    /** How many messages carry each label. */
    private record Counts(int positive, int neutral, int negative, int mixed) {

        static Counts of(List<MessageFacts> messages) {
            int pos = 0;
            int neu = 0;
            int neg = 0;
            int mix = 0;
            for (MessageFacts m : messages) {
                switch (m.label()) {
                    case POSITIVE -> pos++;
                    case NEGATIVE -> neg++;
                    case MIXED -> mix++;
                    default -> neu++;
                }
            }
            return new Counts(pos, neu, neg, mix);
        }

        int opinionated() {
            return positive + negative + mixed;
        }
    }

    private record Labelled(SentimentLabel label, double confidence) {
    }

    public ConversationSentiment aggregate(List<MessageFacts> messages) {
        int n = messages.size();
        Counts counts = Counts.of(messages);
        if (n == 0) {
            return new ConversationSentiment(SentimentLabel.NEUTRAL, 0, 0,
                    new SentimentBreakdown(0, 0, 0, 0, 0, List.of(), List.of()));
        }
        double[] weights = new double[n];
        double weightSum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            double s = messages.get(i).score();
            double recency = 0.5 + 0.5 * (i + 1) / n;
            weights[i] = recency * (0.25 + Math.abs(s));
            weightSum += weights[i];
            weighted += weights[i] * s;
        }
        double score = weighted / weightSum;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double d = messages.get(i).score() - score;
            variance += weights[i] * d * d;
        }
        double spread = Math.sqrt(variance / weightSum);
        Labelled labelled = label(messages, counts, score, spread);
        return new ConversationSentiment(labelled.label(), round(score), round(labelled.confidence() * readable(messages)),
                new SentimentBreakdown(counts.positive(), counts.neutral(), counts.negative(), counts.mixed(), round(score),
                        drivers(messages, weights), signals(messages)));
    }

    /**
     * Mixed when strong positive and strong negative messages are both there in comparable numbers (or many messages
     * are mixed themselves), else the weighted score's sign; confidence grows with the opinionated messages and
     * shrinks with the spread of the scores.
     */
    private static Labelled label(List<MessageFacts> messages, Counts counts, double score, double spread) {
        int n = messages.size();
        int opinionated = counts.opinionated();
        int strongPositive = 0;
        int strongNegative = 0;
        for (MessageFacts m : messages) {
            if (m.score() >= STRONG) {
                strongPositive++;
            } else if (m.score() <= -STRONG) {
                strongNegative++;
            }
        }
        double evidence = 1 - Math.exp(-opinionated / 3.0);
        boolean balanced = strongPositive > 0 && strongNegative > 0
                && Math.min(strongPositive, strongNegative) >= MIXED_BALANCE * Math.max(strongPositive, strongNegative);
        if (opinionated == 0) {
            return new Labelled(SentimentLabel.NEUTRAL, Math.min(0.9, 0.4 + 0.1 * n));
        } else if (balanced || counts.mixed() >= Math.max(1, 0.3 * opinionated)) {
            double balance = balanced ? (double) Math.min(strongPositive, strongNegative) / Math.max(strongPositive, strongNegative) : 0.5;
            return new Labelled(SentimentLabel.MIXED, 0.35 + 0.6 * balance * evidence);
        } else if (score >= LexiconSentimentAnalyzer.LABEL_THRESHOLD) {
            return new Labelled(SentimentLabel.POSITIVE, 0.3 + 0.7 * (1 - Math.min(1, spread)) * evidence);
        } else if (score <= -LexiconSentimentAnalyzer.LABEL_THRESHOLD) {
            return new Labelled(SentimentLabel.NEGATIVE, 0.3 + 0.7 * (1 - Math.min(1, spread)) * evidence);
        }
        return new Labelled(SentimentLabel.NEUTRAL, 0.3 + 0.5 * (1 - Math.min(1, spread)));
    }

    /**
     * How much of the conversation the local engine could read, as a factor of its confidence: 1 when every message is
     * in English, down to 0.2 when none is (a German thread is not a confident neutral one).
     */
    private static double readable(List<MessageFacts> messages) {
        long read = messages.stream().filter(m -> LanguageGuess.ENGLISH.equals(MessageSentiment.language(m))).count();
        return 0.2 + 0.8 * read / messages.size();
    }

    /** The (at most five) messages that weigh most in the score, with their share of the total impact. */
    private static List<SentimentDriver> drivers(List<MessageFacts> messages, double[] weights) {
        int n = messages.size();
        double impactSum = 0;
        for (int i = 0; i < n; i++) {
            impactSum += weights[i] * Math.abs(messages.get(i).score());
        }
        List<SentimentDriver> drivers = new ArrayList<>();
        if (impactSum > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> -weights[i] * Math.abs(messages.get(i).score())));
            for (int k = 0; k < Math.min(5, n); k++) {
                MessageFacts m = messages.get(order[k]);
                double impact = weights[order[k]] * Math.abs(m.score()) / impactSum;
                if (impact <= 0) {
                    break;
                }
                drivers.add(new SentimentDriver(m.id(), m.senderName(), m.label(), m.score(), round(impact)));
            }
        }
        return drivers;
    }

    private static List<SignalSummary> signals(List<MessageFacts> messages) {
        Map<String, double[]> totals = new HashMap<>();
        Map<String, String[]> names = new HashMap<>();
        for (MessageFacts m : messages) {
            if (m.signals() == null) {
                continue;
            }
            for (SentimentSignal s : m.signals()) {
                if ("language".equals(s.kind())) {
                    continue; // not a sentiment signal: the message's language, kept for its result
                }
                String key = s.kind() + "\u0000" + s.text().toLowerCase(Locale.ROOT);
                double[] t = totals.computeIfAbsent(key, k -> new double[2]);
                t[0] += s.effect();
                t[1]++;
                names.putIfAbsent(key, new String[] {s.kind(), s.text().toLowerCase(Locale.ROOT)});
            }
        }
        return totals.entrySet().stream()
                .sorted(Comparator.comparingDouble(e -> -Math.abs(e.getValue()[0])))
                .limit(8)
                .map(e -> new SignalSummary(names.get(e.getKey())[0], names.get(e.getKey())[1], round(e.getValue()[0]),
                        (int) e.getValue()[1]))
                .toList();
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
