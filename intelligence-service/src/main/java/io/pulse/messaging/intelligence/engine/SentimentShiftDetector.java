package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Alerts when the last messages' sentiment departs sharply from the conversation's own norm: the mean score of
 * the recent messages is compared with the earlier ones, in absolute terms and in units of the earlier messages'
 * spread, so that a conversation that always swings does not alert on every swing.
 */
public final class SentimentShiftDetector {

    static final int MIN_MESSAGES = 6;
    static final double MIN_SPREAD = 0.2;

    public List<Alert> detect(List<MessageFacts> messages) {
        int n = messages.size();
        if (n < MIN_MESSAGES) {
            return List.of();
        }
        int recent = Math.max(2, Math.min(5, n / 4));
        double baseline = 0;
        for (int i = 0; i < n - recent; i++) {
            baseline += messages.get(i).score();
        }
        baseline /= n - recent;
        double variance = 0;
        for (int i = 0; i < n - recent; i++) {
            double d = messages.get(i).score() - baseline;
            variance += d * d;
        }
        double spread = Math.max(MIN_SPREAD, Math.sqrt(variance / (n - recent)));
        double recentMean = 0;
        for (int i = n - recent; i < n; i++) {
            recentMean += messages.get(i).score();
        }
        recentMean /= recent;
        double shift = recentMean - baseline;
        double z = shift / spread;
        List<String> ids = new ArrayList<>();
        if (shift <= -0.5 && z <= -1.5 && recentMean <= -0.15) {
            for (int i = n - recent; i < n; i++) {
                if (messages.get(i).score() < baseline - spread) {
                    ids.add(messages.get(i).id());
                }
            }
            return List.of(new Alert(AlertType.SENTIMENT_DROP, shift <= -0.9 ? "high" : "medium", String.format(Locale.ROOT,
                    "The last %d messages average %.2f against a norm of %.2f for this conversation.", recent, recentMean, baseline),
                    round(recentMean), round(baseline), ids));
        }
        if (shift >= 0.6 && z >= 1.5 && recentMean >= 0.3) {
            for (int i = n - recent; i < n; i++) {
                if (messages.get(i).score() > baseline + spread) {
                    ids.add(messages.get(i).id());
                }
            }
            return List.of(new Alert(AlertType.SENTIMENT_RISE, "info", String.format(Locale.ROOT,
                    "The last %d messages average %.2f, well above this conversation's norm of %.2f.", recent, recentMean, baseline),
                    round(recentMean), round(baseline), ids));
        }
        return List.of();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
