package io.pulse.messaging.intelligence.engine;

/**
 * A conversation's sentiment trend: the mean score of the later half of the messages in the window minus that of the
 * earlier half ({@code delta}, from -2 to 2), and the direction it gives.
 *
 * @param messages how many messages the window held (the trend's evidence)
 */
public record SentimentTrend(SentimentDirection direction, double delta, int messages) {

    /** Too few messages in the window to tell. */
    public static SentimentTrend insufficient(int messages) {
        return new SentimentTrend(SentimentDirection.INSUFFICIENT_DATA, 0, messages);
    }
}
