package io.pulse.messaging.autoresponse.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The checks that keep auto-replies from answering machines (RFC 3834 section 2 and common practice) and from
 * answering the user themself. Checked before any rule, so no rule can opt out of them.
 */
public final class LoopGuard {

    /** The header this service puts on every reply it produces; a message carrying it is one of ours coming back. */
    public static final String OWN_REPLY_HEADER = "X-Pulse-Auto-Reply";

    private LoopGuard() {
    }

    public static Optional<SuppressionReason> check(IncomingMessage message, UUID user) {
        String autoSubmitted = message.autoSubmitted() != null ? message.autoSubmitted() : message.header("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.isBlank() && !token(autoSubmitted).equals("no")) {
            return Optional.of(SuppressionReason.AUTO_SUBMITTED);
        }
        if (message.header(OWN_REPLY_HEADER) != null) {
            return Optional.of(SuppressionReason.OWN_AUTO_REPLY);
        }
        // Other auto-responders' markers (Microsoft, and the de-facto "X-Autoreply"/"X-Autorespond").
        String msAuto = message.header("X-Auto-Response-Suppress");
        if (msAuto != null && token(msAuto).matches(".*\\b(all|oof|autoreply)\\b.*")
                || message.header("X-Autoreply") != null || message.header("X-Autorespond") != null) {
            return Optional.of(SuppressionReason.AUTO_SUBMITTED);
        }
        String precedence = message.precedence() != null ? message.precedence() : message.header("Precedence");
        if (message.bulk() || message.mailingList() || message.header("List-Id") != null
                || message.header("List-Unsubscribe") != null
                || (precedence != null && token(precedence).matches("bulk|list|junk"))) {
            return Optional.of(SuppressionReason.BULK_OR_LIST);
        }
        if (user != null && user.equals(message.senderId())) {
            return Optional.of(SuppressionReason.SELF);
        }
        String local = message.normalizedEmail();
        if (local != null && local.matches("(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@.*")) {
            return Optional.of(SuppressionReason.AUTO_SUBMITTED);
        }
        return Optional.empty();
    }

    private static String token(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int semicolon = v.indexOf(';');
        return semicolon < 0 ? v : v.substring(0, semicolon).strip();
    }
}
