package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a reply was not sent. */
public enum SuppressionReason {
    /** RFC 3834: the message is itself automatic (Auto-Submitted other than "no"). */
    @JsonProperty("auto_submitted") AUTO_SUBMITTED,
    /** Bulk mail, a mailing list, or junk precedence. */
    @JsonProperty("bulk_or_list") BULK_OR_LIST,
    /** A reply this service produced came back. */
    @JsonProperty("own_auto_reply") OWN_AUTO_REPLY,
    /** The sender is the user themself. */
    @JsonProperty("self") SELF,
    /** The rule already answered this sender within its cooldown. */
    @JsonProperty("cooldown") COOLDOWN,
    /** Too many auto-replies in this conversation in the last hour (two auto-responders answering each other). */
    @JsonProperty("conversation_limit") CONVERSATION_LIMIT,
    /** The matching rule's reply rendered to nothing for this message (logged with status failed). */
    @JsonProperty("empty_reply") EMPTY_REPLY,
    /** A rule matched the message but its audience leaves this sender out (not logged; detail names the rule and why). */
    @JsonProperty("audience") AUDIENCE,
    /** Rules matched (their tags or notifications applied) but none of them has a reply action (logged, status suppressed). */
    @JsonProperty("no_reply_action") NO_REPLY_ACTION,
    /** No enabled rule matched (not logged). */
    @JsonProperty("no_rule_matched") NO_RULE_MATCHED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
