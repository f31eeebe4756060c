package io.pulse.messaging.common.ai;

/** Counts the items of one model answer that validation dropped, by kind, into {@code pulse_ai_validation_drops}. */
public final class Drops {

    private final AiMetrics metrics;
    private final AiFeature feature;
    private int count;

    Drops(AiMetrics metrics, AiFeature feature) {
        this.metrics = metrics;
        this.feature = feature;
    }

    /** One item dropped because of {@code kind} (e.g. {@code unknown-message}, {@code owner-not-participant}). */
    public void drop(String kind) {
        count++;
        if (metrics != null) {
            metrics.dropped(feature, kind);
        }
    }

    public int count() {
        return count;
    }

    /** For engine tests without metrics. */
    public static Drops uncounted() {
        return new Drops(null, null);
    }
}
