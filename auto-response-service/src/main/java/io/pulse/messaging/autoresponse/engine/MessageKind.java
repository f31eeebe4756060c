package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an incoming message is, for choosing reply suggestions. */
public enum MessageKind {
    @JsonProperty("question") QUESTION,
    @JsonProperty("request") REQUEST,
    @JsonProperty("thanks") THANKS,
    @JsonProperty("scheduling") SCHEDULING,
    @JsonProperty("greeting") GREETING,
    @JsonProperty("complaint") COMPLAINT,
    @JsonProperty("apology") APOLOGY,
    @JsonProperty("urgent") URGENT,
    @JsonProperty("information") INFORMATION
}
