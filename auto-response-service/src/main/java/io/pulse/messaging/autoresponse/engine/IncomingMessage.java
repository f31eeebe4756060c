package io.pulse.messaging.autoresponse.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the engine knows about one incoming message. The caller states the facts it knows (headers, whether the
 * sender is a known contact or internal); the engine decides nothing by looking anything up.
 *
 * @param autoSubmitted the RFC 3834 {@code Auto-Submitted} header value, or null when absent
 * @param precedence    the {@code Precedence} header value ({@code bulk}, {@code list}, {@code junk}), or null
 * @param headers       any other headers, names compared case-insensitively
 * @param subject       the message's subject (email), or null
 * @param senderOffset  the UTC offset the sender's client wrote the sending time in, when it said one (not UTC, which
 *                      servers write whatever the sender's zone): the sender's time of day for a greeting; else null
 */
public record IncomingMessage(
        UUID messageId,
        UUID conversationId,
        UUID senderId,
        String senderName,
        String senderEmail,
        String content,
        Instant sentAt,
        String channel,
        String autoSubmitted,
        String precedence,
        boolean bulk,
        boolean mailingList,
        boolean knownContact,
        boolean internalSender,
        Map<String, String> headers,
        String subject,
        ZoneOffset senderOffset) {

    /** A message without a subject or a known sender offset. */
    public IncomingMessage(UUID messageId, UUID conversationId, UUID senderId, String senderName, String senderEmail, String content,
                           Instant sentAt, String channel, String autoSubmitted, String precedence, boolean bulk, boolean mailingList,
                           boolean knownContact, boolean internalSender, Map<String, String> headers) {
        this(messageId, conversationId, senderId, senderName, senderEmail, content, sentAt, channel, autoSubmitted, precedence, bulk,
                mailingList, knownContact, internalSender, headers, null, null);
    }

    public IncomingMessage {
        content = content == null ? "" : content;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The sender's email address folded to lower case, or null. */
    public String normalizedEmail() {
        return senderEmail == null || senderEmail.isBlank() ? null : senderEmail.strip().toLowerCase(Locale.ROOT);
    }

    /** The domain of the sender's email address (lower case), or null. */
    public String senderDomain() {
        String email = normalizedEmail();
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1);
    }

    /** The key a cooldown counts per: the sender's id when known, else the email address. */
    public String senderKey() {
        if (senderId != null) {
            return "id:" + senderId;
        }
        String email = normalizedEmail();
        return email == null ? "unknown" : "email:" + email;
    }

    /** A header's value, by case-insensitive name, or null. */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** The sender's first name: the first word of the display name, else a name-like local part of the email. */
    public String senderFirstName() {
        return Names.firstName(senderName, senderEmail);
    }
}
