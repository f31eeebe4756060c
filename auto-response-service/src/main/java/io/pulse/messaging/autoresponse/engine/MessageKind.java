package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an incoming message asks, for choosing reply suggestions. {@code reschedule} moves an existing meeting to a
 * new time, {@code scheduling} proposes a new one; {@code refund} asks for money back (usually inside a complaint);
 * {@code greeting} (a message that only says hello) and {@code apology} (the sender apologises) are kept because
 * such messages need replies of their own.
 */
public enum MessageKind {
    @JsonProperty("question") QUESTION,
    @JsonProperty("request") REQUEST,
    @JsonProperty("reschedule") RESCHEDULE,
    @JsonProperty("scheduling") SCHEDULING,
    @JsonProperty("complaint") COMPLAINT,
    @JsonProperty("refund") REFUND,
    @JsonProperty("thanks") THANKS,
    @JsonProperty("information") INFORMATION,
    @JsonProperty("urgent") URGENT,
    @JsonProperty("greeting") GREETING,
    @JsonProperty("apology") APOLOGY;

    /** The wire value. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
