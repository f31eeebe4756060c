package io.pulse.messaging.autoresponse.engine;

import java.util.regex.Pattern;

/**
 * The subject of an email reply (channel {@code email}; other channels have none): the rule's own subject when it has
 * one (as Outlook's and Gmail's vacation responders send their own subject), else "Re: " and the message's subject
 * (kept as it is when it already starts with a reply prefix such as "Re:", "AW:" or "SV:"), else
 * {@value #FALLBACK}. One line without control characters: line breaks and tabs become spaces and other control
 * characters (NUL, ...) are dropped, so a subject can never add a header to the reply nor fail to be stored; at most
 * {@link #MAX} characters, never cutting a character in two.
 */
public final class ReplySubject {

    /** The longest subject line (RFC 5322's line limit). */
    static final int MAX = 998;
    /** The subject of an email reply when neither the rule nor the message has one. */
    public static final String FALLBACK = "Automatic reply";
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)^(re|aw|sv|antw|rif|r|res|vs|odp)\\s*(\\[\\d+])?\\s*:");
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t\\u000B\\f\\u0085\\u2028\\u2029]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private ReplySubject() {
    }

    /** The subject to send with the reply to {@code message} by {@code rule}, or null on other channels. */
    public static String of(RuleDefinition rule, IncomingMessage message) {
        if (message.channel() == null || !message.channel().equalsIgnoreCase("email")) {
            return null;
        }
        String own = clean(rule.replySubject());
        if (own != null) {
            return own;
        }
        String original = clean(message.subject());
        if (original != null) {
            return truncate(REPLY_PREFIX.matcher(original).find() ? original : "Re: " + original);
        }
        return FALLBACK;
    }

    /** A subject on one line without control characters, at most {@link #MAX} characters; null when nothing is left. */
    public static String clean(String subject) {
        if (subject == null) {
            return null;
        }
        String line = CONTROL.matcher(BREAKS.matcher(subject).replaceAll(" ")).replaceAll("").strip();
        return line.isEmpty() ? null : truncate(line);
    }

    private static String truncate(String subject) {
        if (subject.length() <= MAX) {
            return subject;
        }
        int end = Character.isHighSurrogate(subject.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return subject.substring(0, end).strip();
    }
}
