package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whom a rule answers. A sender is internal when the caller says so or their address is in one of the user's domains,
 * and a known contact when the caller says so or the user's contacts list them ({@link SenderStanding}). The first
 * three values are the original ones; the others are the combinations of Outlook's two audiences (inside my
 * organisation: everyone or nobody; outside it: everyone, my contacts only or nobody), see {@link #of}.
 */
public enum Audience {
    @JsonProperty("everyone") EVERYONE,
    /** Only known contacts, internal or not (Gmail's "only send a response to people in my Contacts"). */
    @JsonProperty("known_contacts") KNOWN_CONTACTS,
    /** Only internal senders (Outlook: inside my organisation only). */
    @JsonProperty("internal_only") INTERNAL_ONLY,
    /** Every internal sender, and external senders who are known contacts (Outlook: outside, my contacts only). */
    @JsonProperty("internal_and_external_contacts") INTERNAL_AND_EXTERNAL_CONTACTS,
    /** Only senders outside the user's organisation. */
    @JsonProperty("external_only") EXTERNAL_ONLY,
    /** Only senders outside the user's organisation who are known contacts. */
    @JsonProperty("external_contacts_only") EXTERNAL_CONTACTS_ONLY,
    /** Nobody: the rule never answers (both of Outlook's audiences off). */
    @JsonProperty("nobody") NOBODY;

    /** Outlook's audience for senders inside the organisation. */
    public enum Internal {
        @JsonProperty("everyone") EVERYONE,
        @JsonProperty("nobody") NOBODY
    }

    /** Outlook's audience for senders outside the organisation. */
    public enum External {
        @JsonProperty("everyone") EVERYONE,
        @JsonProperty("contacts_only") CONTACTS_ONLY,
        @JsonProperty("nobody") NOBODY
    }

    /** The audience answering internal senders as {@code internal} says and external ones as {@code external} says. */
    public static Audience of(Internal internal, External external) {
        boolean inside = internal != Internal.NOBODY;
        return switch (external == null ? External.EVERYONE : external) {
            case EVERYONE -> inside ? EVERYONE : EXTERNAL_ONLY;
            case CONTACTS_ONLY -> inside ? INTERNAL_AND_EXTERNAL_CONTACTS : EXTERNAL_CONTACTS_ONLY;
            case NOBODY -> inside ? INTERNAL_ONLY : NOBODY;
        };
    }

    /** Whether internal senders are answered (known contacts among them, for {@link #KNOWN_CONTACTS}). */
    public Internal internal() {
        return this == EXTERNAL_ONLY || this == EXTERNAL_CONTACTS_ONLY || this == NOBODY ? Internal.NOBODY : Internal.EVERYONE;
    }

    /** Which external senders are answered. */
    public External external() {
        return switch (this) {
            case EVERYONE, EXTERNAL_ONLY -> External.EVERYONE;
            case KNOWN_CONTACTS, INTERNAL_AND_EXTERNAL_CONTACTS, EXTERNAL_CONTACTS_ONLY -> External.CONTACTS_ONLY;
            case INTERNAL_ONLY, NOBODY -> External.NOBODY;
        };
    }

    /** Whether a sender of this standing is in the audience. */
    public boolean admits(boolean internalSender, boolean knownContact) {
        if (this == KNOWN_CONTACTS) {
            return knownContact;
        }
        if (internalSender) {
            return internal() == Internal.EVERYONE;
        }
        return external() == External.EVERYONE || external() == External.CONTACTS_ONLY && knownContact;
    }

    /** The verdict of this audience on the message's sender, in words. */
    public Check check(IncomingMessage message) {
        boolean internal = message.internalSender();
        boolean known = message.knownContact();
        String who = this == KNOWN_CONTACTS ? (known ? "a known contact" : "not a known contact")
                : internal ? "internal" : known ? "external, a known contact" : "external, not a known contact";
        return admits(internal, known) ? Check.pass("audience", "sender is " + who + ", and the rule answers " + describe())
                : Check.fail("audience", "sender is " + who + ", and the rule answers " + describe());
    }

    /** Whom this audience answers, in words. */
    public String describe() {
        return switch (this) {
            case EVERYONE -> "everyone";
            case KNOWN_CONTACTS -> "only known contacts";
            case INTERNAL_ONLY -> "only internal senders";
            case INTERNAL_AND_EXTERNAL_CONTACTS -> "internal senders and external known contacts";
            case EXTERNAL_ONLY -> "only external senders";
            case EXTERNAL_CONTACTS_ONLY -> "only external known contacts";
            case NOBODY -> "nobody";
        };
    }
}
