package io.pulse.messaging.local;

/** Whether a service's launch uses its trained start-up cache (see {@link StartupCache}). */
public enum CachePolicy {
    /** The trained cache when there is one for these jars and this JDK, else a training run that records it. */
    AUTO,
    /** A plain start: no cache used, none recorded. */
    PLAIN,
    /** A training run even if a cache exists (it replaces that cache when the service stops). */
    TRAIN
}
