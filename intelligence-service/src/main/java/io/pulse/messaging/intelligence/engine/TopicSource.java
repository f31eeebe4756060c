package io.pulse.messaging.intelligence.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a topic comes from: the built-in taxonomy or the user's own definitions. */
public enum TopicSource {
    BUILT_IN, CUSTOM;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
