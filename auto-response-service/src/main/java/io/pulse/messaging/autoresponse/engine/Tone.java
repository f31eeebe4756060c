package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The register of a personalised reply. */
public enum Tone {
    @JsonProperty("formal") FORMAL,
    @JsonProperty("friendly") FRIENDLY,
    @JsonProperty("brief") BRIEF
}
