package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whom a rule answers, from flags the caller sets on each message. */
public enum Audience {
    @JsonProperty("everyone") EVERYONE,
    /** Only senders the caller marks as known contacts. */
    @JsonProperty("known_contacts") KNOWN_CONTACTS,
    /** Only senders the caller marks as internal (same organisation). */
    @JsonProperty("internal_only") INTERNAL_ONLY
}
