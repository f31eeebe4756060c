package io.pulse.messaging.autoresponse.engine;

import java.util.regex.Pattern;

/**
 * The subject of an email reply (channel {@code email}; other channels have none): "Re: " and the message's subject
 * when it has one (kept as it is when it already starts with a reply prefix such as "Re:", "AW:" or "SV:"), else the
 * rule's own subject, else none. One line: line breaks in the message's subject become spaces, so a subject can never
 * add a header to the reply.
 */
public final class ReplySubject {

    /** The longest subject line (RFC 5322's line limit). */
    static final int MAX = 998;
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)^(re|aw|sv|antw|rif|r|res|vs|odp)\\s*(\\[\\d+])?\\s*:");

    private ReplySubject() {
    }

    /** The subject to send with the reply to {@code message} by {@code rule}, or null. */
    public static String of(RuleDefinition rule, IncomingMessage message) {
        if (message.channel() == null || !message.channel().equalsIgnoreCase("email")) {
            return null;
        }
        String original = message.subject() == null ? "" : message.subject().replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
        if (!original.isEmpty()) {
            String subject = REPLY_PREFIX.matcher(original).find() ? original : "Re: " + original;
            return subject.length() <= MAX ? subject : subject.substring(0, MAX);
        }
        return rule.replySubject();
    }
}
