package io.pulse.messaging.summarization.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a digest highlight is. */
public enum HighlightKind {
    @JsonProperty("action_item")
    ACTION_ITEM,
    @JsonProperty("decision")
    DECISION,
    @JsonProperty("key_point")
    KEY_POINT
}
