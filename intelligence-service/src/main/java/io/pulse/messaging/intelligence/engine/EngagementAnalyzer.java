package io.pulse.messaging.intelligence.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Engagement and its trend, judged against the conversation's own rhythm rather than a fixed rate: a team that
 * writes once a day is not "declining" because an hour passed, and a chat that usually answers in a minute is
 * when it goes quiet for an afternoon.
 *
 * <p>The gaps between messages are compared on a log scale. The recent part of the conversation (its last
 * third, at least three gaps, plus the silence since the last message when that is longer than the recent
 * gaps) is compared with the earlier part: the shift of the median log-gap is measured in units of the earlier
 * part's own spread (a robust z-score from the median absolute deviation), and small adjustments are added for
 * a change in message length and in how many participants still take part. Above +1 the trend is rising, below
 * -1 declining, otherwise stable; fewer than six messages give {@code insufficient_data}. A silence after a
 * closing message ("thanks, bye") is the end of the conversation, not a slowdown, and is not counted.
 */
public final class EngagementAnalyzer {

    static final int MIN_MESSAGES = 6;
    static final double THRESHOLD = 1.0;
    /** The smallest spread assumed, in natural-log units (a factor of about 1.4 between gaps). */
    static final double MIN_SPREAD = 0.35;

    public EngagementInsight analyze(List<MessageFacts> messages, Instant now) {
        return analyze(messages, now, AnswerMatcher.resolved(messages));
    }

    /** @param resolved which questions were answered ({@link AnswerMatcher#resolved}), when already known */
    public EngagementInsight analyze(List<MessageFacts> messages, Instant now, boolean[] resolved) {
        int n = messages.size();
        double balance = balance(messages);
        double replyRate = questionReplyRate(messages, resolved);
        if (n < MIN_MESSAGES) {
            double score = round(0.5 * balance + 0.3 * replyRate + 0.2 * Math.min(1, n / (double) MIN_MESSAGES));
            return new EngagementInsight(score, EngagementTrend.INSUFFICIENT_DATA, 0, null, null,
                    "Fewer than " + MIN_MESSAGES + " messages: not enough to compare recent and earlier activity.");
        }
        Rhythm rhythm = rhythm(messages, now);
        double rateShift = (rhythm.baseline() - rhythm.recentMedian()) / rhythm.spread();

        int firstRecentMessage = rhythm.split() + 1;
        double earlierWords = meanWords(messages, 0, firstRecentMessage);
        double recentWords = meanWords(messages, firstRecentMessage, n);
        double lengthShift = Math.log((recentWords + 1) / (earlierWords + 1)) / 0.7;
        double participation = participationShift(messages, firstRecentMessage);

        double strength = 0.75 * rateShift + 0.15 * clamp(lengthShift, -2, 2) + 0.10 * clamp(participation * 3, -2, 2);
        EngagementTrend trend = strength > THRESHOLD ? EngagementTrend.RISING
                : strength < -THRESHOLD ? EngagementTrend.DECLINING : EngagementTrend.STABLE;
        double momentum = 1 / (1 + Math.exp(-strength));
        double score = round(0.4 * momentum + 0.35 * balance + 0.25 * replyRate);
        String explanation = String.format(java.util.Locale.ROOT,
                "Recent messages arrive every %s (median%s) against a usual %s; shift %.2f in units of the conversation's "
                        + "own variability, message length %s, participation %s.",
                human(Math.exp(rhythm.recentMedian())), rhythm.silent() ? ", counting the silence since the last message"
                        : rhythm.ended() && rhythm.silence() > 0
                                ? "; the silence since is not counted, the last message wrapped the conversation up" : "",
                human(Math.exp(rhythm.baseline())), rateShift, lengthShift >= 0.2 ? "up" : lengthShift <= -0.2 ? "down" : "steady",
                participation > 0.1 ? "wider" : participation < -0.1 ? "narrower" : "steady");
        return new EngagementInsight(score, trend, round(strength), (double) Math.round(Math.exp(rhythm.baseline())),
                (double) Math.round(Math.exp(rhythm.recentMedian())), explanation);
    }

    /**
     * The conversation's rhythm, on a log scale of the gaps between messages.
     *
     * @param baseline     the earlier part's median log-gap
     * @param recentMedian the recent part's, the silence since the last message included when {@code silent}
     * @param spread       the earlier part's spread (scaled median absolute deviation, at least {@link #MIN_SPREAD})
     * @param split        the index of the first recent gap
     * @param silence      seconds since the last message
     * @param ended        whether the last message wrapped the conversation up
     * @param silent       whether the silence counts as a recent gap
     */
    private record Rhythm(double baseline, double recentMedian, double spread, int split, long silence, boolean ended,
            boolean silent) {
    }

    private static Rhythm rhythm(List<MessageFacts> messages, Instant now) {
        int n = messages.size();
        double[] logGaps = new double[n - 1];
        for (int i = 1; i < n; i++) {
            long seconds = Duration.between(messages.get(i - 1).sentAt(), messages.get(i).sentAt()).getSeconds();
            logGaps[i - 1] = Math.log(Math.max(1, seconds));
        }
        int recentCount = Math.max(3, (int) Math.round(logGaps.length * 0.33));
        recentCount = Math.min(recentCount, logGaps.length - 2);
        int split = logGaps.length - recentCount;
        double[] earlier = Arrays.copyOfRange(logGaps, 0, split);
        List<Double> recent = new ArrayList<>();
        for (int i = split; i < logGaps.length; i++) {
            recent.add(logGaps[i]);
        }
        double recentMedianBefore = median(recent.stream().mapToDouble(Double::doubleValue).toArray());
        Instant last = messages.get(n - 1).sentAt();
        long silence = now == null ? 0 : Duration.between(last, now).getSeconds();
        MessageFacts lastMessage = messages.get(n - 1);
        // a conversation that was wrapped up ("thanks both, great teamwork!") and then went quiet has ended, it has not
        // slowed down: its silence says nothing about engagement
        boolean ended = lastMessage.closing() && !lastMessage.question() && !lastMessage.request();
        boolean silent = false;
        if (!ended && silence > 0 && Math.log(Math.max(1, silence)) > recentMedianBefore) {
            recent.add(Math.log(silence));
            silent = true;
        }
        double[] recentGaps = recent.stream().mapToDouble(Double::doubleValue).toArray();
        double baseline = median(earlier);
        double recentMedian = median(recentGaps);
        if (silent) {
            // a silence is a gap still growing: spread the recent window's whole span, silence included, over its
            // messages, so that three quiet days after a brisk exchange read as the slowdown they are
            double span = silence;
            for (int i = split; i < logGaps.length; i++) {
                span += Math.exp(logGaps[i]);
            }
            recentMedian = Math.max(recentMedian, Math.log(span / (logGaps.length - split + 1)));
        }
        double spread = Math.max(MIN_SPREAD, 1.4826 * mad(earlier, baseline));
        return new Rhythm(baseline, recentMedian, spread, split, silence, ended, silent);
    }

    /** 1 when every participant sends the same number of messages, towards 0 when one dominates (normalised entropy). */
    static double balance(List<MessageFacts> messages) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (MessageFacts m : messages) {
            counts.merge(m.senderId(), 1, Integer::sum);
        }
        if (counts.size() <= 1) {
            return 0;
        }
        double entropy = 0;
        for (int c : counts.values()) {
            double p = (double) c / messages.size();
            entropy -= p * Math.log(p);
        }
        return entropy / Math.log(counts.size());
    }

    /** The share of questions that someone else answered later (1 when there were none); see {@link AnswerMatcher#resolved}. */
    static double questionReplyRate(List<MessageFacts> messages, boolean[] resolved) {
        int questions = 0;
        int answered = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).question()) {
                questions++;
                answered += resolved[i] ? 1 : 0;
            }
        }
        return questions == 0 ? 1 : (double) answered / questions;
    }

    private static double participationShift(List<MessageFacts> messages, int firstRecent) {
        Set<String> all = new HashSet<>();
        Set<String> earlier = new HashSet<>();
        Set<String> recent = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            String sender = messages.get(i).senderId();
            all.add(sender);
            (i < firstRecent ? earlier : recent).add(sender);
        }
        return ((double) recent.size() - earlier.size()) / all.size();
    }

    private static double meanWords(List<MessageFacts> messages, int from, int to) {
        if (to <= from) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += messages.get(i).words();
        }
        return sum / (to - from);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double mad(double[] values, double median) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median(deviations);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static String human(double seconds) {
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 5400) {
            return Math.round(seconds / 60) + " min";
        }
        if (seconds < 129_600) {
            return Math.round(seconds / 3600) + " h";
        }
        return Math.round(seconds / 86_400) + " d";
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
