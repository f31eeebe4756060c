package io.pulse.messaging.autoresponse.engine;

import java.util.Collection;
import java.util.Locale;

/**
 * Who the sender is to the user: internal or external, a known contact or not, and why. The caller's flags on the
 * message count as they always have; on top of them a sender whose address is in one of the user's domains (or a
 * subdomain of one) is internal, and one the user's contacts list (by id or address) is a known contact. So the
 * caller's flag wins when it says yes; a flag saying no (or none) cannot make a sender from the user's domains external.
 *
 * @param internal     whether the sender is internal
 * @param knownContact whether the sender is a known contact
 * @param reason       why, in words ("internal: example.com is one of your domains; not a known contact")
 */
public record SenderStanding(boolean internal, boolean knownContact, String reason) {

    /**
     * @param domains the user's domains (lower case)
     * @param listed  whether the user's contacts list the sender
     */
    public static SenderStanding of(IncomingMessage message, Collection<String> domains, boolean listed) {
        String domain = message.senderDomain();
        String own = domain == null ? null : ownDomain(domain, domains);
        boolean internal = message.internalSender() || own != null;
        String internalWhy = message.internalSender() ? "internal (the caller's internalSender flag)"
                : own != null ? "internal (" + domain + (own.equals(domain) ? " is" : " is a subdomain of " + own + ",") + " one of your domains)"
                : "external (" + (domain == null ? "no address" : domain + " is not one of your domains") + ")";
        boolean known = message.knownContact() || listed;
        String knownWhy = message.knownContact() ? "a known contact (the caller's knownContact flag)"
                : listed ? "a known contact (in your contacts)" : "not a known contact";
        return new SenderStanding(internal, known, internalWhy + ", " + knownWhy);
    }

    /** The user's domain the address's domain is, or is a subdomain of; null when none. */
    static String ownDomain(String domain, Collection<String> domains) {
        String d = domain.toLowerCase(Locale.ROOT);
        for (String own : domains) {
            if (d.equals(own) || d.endsWith("." + own)) {
                return own;
            }
        }
        return null;
    }

    /** The message with the flags this standing gives it, what every rule's audience and internal template read. */
    public IncomingMessage applyTo(IncomingMessage m) {
        if (m.internalSender() == internal && m.knownContact() == knownContact) {
            return m;
        }
        return new IncomingMessage(m.messageId(), m.conversationId(), m.senderId(), m.senderName(), m.senderEmail(), m.content(), m.sentAt(),
                m.channel(), m.autoSubmitted(), m.precedence(), m.bulk(), m.mailingList(), knownContact, internal, m.headers(), m.subject(),
                m.senderOffset());
    }

    /** The audience group the sender belongs to: {@code internal} or {@code external}. */
    public String group() {
        return internal ? "internal" : "external";
    }
}
