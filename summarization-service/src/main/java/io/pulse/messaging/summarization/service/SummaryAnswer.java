package io.pulse.messaging.summarization.service;

import io.pulse.messaging.summarization.model.SummaryView;

/**
 * A summary request's answer: the summary computed for it ({@code view}, {@code json} null), or a stored summary
 * served from the cache, either as a view or already written ({@code json}, the bytes of the view with
 * {@code cached: true}; {@code view} null then).
 */
public record SummaryAnswer(SummaryView view, byte[] json) {

    public static SummaryAnswer of(SummaryView view) {
        return new SummaryAnswer(view, null);
    }

    public static SummaryAnswer written(byte[] json) {
        return new SummaryAnswer(null, json);
    }

    /** Whether the cache answered (the stored summary was served, no engine ran for this request). */
    public boolean cached() {
        return json != null || view.cached();
    }

    /** This answer as served to a request that did not compute it. */
    SummaryAnswer asCached() {
        return json != null || view.cached() ? this : of(view.asCached());
    }
}
