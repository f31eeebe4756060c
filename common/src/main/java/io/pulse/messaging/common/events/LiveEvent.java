package io.pulse.messaging.common.events;

/**
 * One change announced to live subscribers: the topic it concerns (for example a session id), its type (for
 * example {@code idea_added}) and its data as a JSON text.
 */
public record LiveEvent(String topic, String type, String data) {

    /** The type of the first event of every subscription: the subscriber now receives every later change. */
    public static final String READY = "ready";

    static LiveEvent ready(String topic) {
        return new LiveEvent(topic, READY, "{}");
    }
}
