package io.pulse.messaging.intelligence.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether a conversation's sentiment is improving, stable or declining, judged like {@link SentimentShiftDetector}
 * judges a shift (the recent messages' mean score against the earlier ones'), but over a time window rather than the
 * last few messages: the messages sent within {@code window} before the conversation's last message are split in two
 * halves by count, and {@code delta} is the later half's mean score minus the earlier half's. At or beyond
 * {@code threshold} either way the trend is improving or declining, else stable; with fewer than
 * {@value #MIN_MESSAGES} messages in the window there is too little to tell. Relative to the last message, not to the
 * clock: a conversation's trend does not change while nothing is said.
 */
public final class SentimentTrendAnalyzer {

    static final int MIN_MESSAGES = 4;

    private final Duration window;
    private final double threshold;

    public SentimentTrendAnalyzer(Duration window, double threshold) {
        if (window.isNegative() || window.isZero() || threshold <= 0) {
            throw new IllegalArgumentException("The trend window and threshold must be positive");
        }
        this.window = window;
        this.threshold = threshold;
    }

    public static SentimentTrendAnalyzer defaults() {
        return new SentimentTrendAnalyzer(Duration.ofDays(7), 0.2);
    }

    /** @param messages the conversation's messages, oldest first */
    public SentimentTrend analyze(List<MessageFacts> messages) {
        if (messages.isEmpty()) {
            return SentimentTrend.insufficient(0);
        }
        Instant start = messages.get(messages.size() - 1).sentAt().minus(window);
        int first = messages.size();
        while (first > 0 && messages.get(first - 1).sentAt().isAfter(start)) {
            first--;
        }
        List<MessageFacts> inWindow = messages.subList(first, messages.size());
        int n = inWindow.size();
        if (n < MIN_MESSAGES) {
            return SentimentTrend.insufficient(n);
        }
        int half = n / 2;
        double delta = round(mean(inWindow.subList(n - half, n)) - mean(inWindow.subList(0, n - half)));
        SentimentDirection direction = delta >= threshold ? SentimentDirection.IMPROVING
                : delta <= -threshold ? SentimentDirection.DECLINING : SentimentDirection.STABLE;
        return new SentimentTrend(direction, delta, n);
    }

    private static double mean(List<MessageFacts> messages) {
        return messages.stream().mapToDouble(MessageFacts::score).average().orElse(0);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
