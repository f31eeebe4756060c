package io.pulse.messaging.autoresponse.engine;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Turns a rendered rule reply into the text to send. The local engine ({@link LocalReplyEngine}) works
 * offline; an LLM engine can implement the same interface later and be chosen by configuration.
 */
public interface ReplyEngine {

    /** The name the API reports ({@code local}, {@code local-fallback}, ...). */
    String name();

    /**
     * @param rendered      the rule's template, rendered (already free of placeholders)
     * @param senderFirstName the sender's first name, or null
     * @param userName      the user's display name, or null
     * @param sentAt        when the incoming message was sent
     * @param zone          the sender's zone or offset (the time of day of the greeting), or null when unknown: a
     *                      greeting without a time of day
     */
    record Request(String rendered, Tone tone, String senderFirstName, String userName, Instant sentAt, ZoneId zone) {
    }

    /** The text to send and whether it was changed for this sender. */
    record Reply(String text, boolean personalised, String engine) {
    }

    Reply personalise(Request request);
}
