package io.pulse.messaging.intelligence.repository;

/** What the overview's list is sorted by: each the column of one index (user_id, column, id), and its default order. */
public enum OverviewSort {
    LAST_ACTIVITY("lastActivity", "last_message_at", true),
    SENTIMENT("sentiment", "sentiment_score", false),
    TREND("trend", "sentiment_delta", false),
    OPEN_FOLLOW_UPS("openFollowUps", "open_follow_ups", true);

    private final String wire;
    private final String column;
    private final boolean descendingByDefault;

    OverviewSort(String wire, String column, boolean descendingByDefault) {
        this.wire = wire;
        this.column = column;
        this.descendingByDefault = descendingByDefault;
    }

    public String wire() {
        return wire;
    }

    String column() {
        return column;
    }

    /** Latest activity, most open follow-ups first; most negative sentiment, most declining trend first. */
    public boolean descendingByDefault() {
        return descendingByDefault;
    }

    /** The sort the API names {@code wire}, or null. */
    public static OverviewSort fromWire(String wire) {
        for (OverviewSort sort : values()) {
            if (sort.wire.equals(wire)) {
                return sort;
            }
        }
        return null;
    }
}
