package io.pulse.messaging.autoresponse.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;

/**
 * A rule compiled for evaluation: conditions parsed, templates parsed, ready to match many messages.
 *
 * @param internalTemplate the reply for internal senders when it differs (out-of-office), or null
 * @param personalise      whether the reply engine may personalise the rendered text
 * @param generatedReply   whether the reply sent is the model's rewrite of the rule's reply for each message
 * @param timeZone         the user's zone, for dates in the reply
 * @param replySubject     the subject of email replies to messages without one, or null
 * @param actions          what the rule does when it matches (reply, tag, notify, skip other rules); its template is null
 *                         when it does not reply
 */
public record RuleDefinition(
        UUID id,
        String name,
        boolean enabled,
        int priority,
        Instant createdAt,
        Conditions conditions,
        Template template,
        Template internalTemplate,
        boolean personalise,
        Tone tone,
        ZoneId timeZone,
        Duration cooldown,
        boolean generatedReply,
        String replySubject,
        RuleActions actions) {

    public RuleDefinition {
        actions = actions == null ? RuleActions.REPLY_ONLY : actions;
    }

    /** A rule that only replies. */
    public RuleDefinition(UUID id, String name, boolean enabled, int priority, Instant createdAt, Conditions conditions, Template template,
                          Template internalTemplate, boolean personalise, Tone tone, ZoneId timeZone, Duration cooldown, boolean generatedReply,
                          String replySubject) {
        this(id, name, enabled, priority, createdAt, conditions, template, internalTemplate, personalise, tone, timeZone, cooldown,
                generatedReply, replySubject, RuleActions.REPLY_ONLY);
    }

    /** A rule that sends its own text (no generated reply). */
    public RuleDefinition(UUID id, String name, boolean enabled, int priority, Instant createdAt, Conditions conditions, Template template,
                          Template internalTemplate, boolean personalise, Tone tone, ZoneId timeZone, Duration cooldown) {
        this(id, name, enabled, priority, createdAt, conditions, template, internalTemplate, personalise, tone, timeZone, cooldown, false);
    }

    /** A rule without a subject of its own. */
    public RuleDefinition(UUID id, String name, boolean enabled, int priority, Instant createdAt, Conditions conditions, Template template,
                          Template internalTemplate, boolean personalise, Tone tone, ZoneId timeZone, Duration cooldown, boolean generatedReply) {
        this(id, name, enabled, priority, createdAt, conditions, template, internalTemplate, personalise, tone, timeZone, cooldown,
                generatedReply, null);
    }

    /** Evaluation order: lower priority number first, then the older rule, then the id (a total order). */
    public static final Comparator<RuleDefinition> ORDER = Comparator.comparingInt(RuleDefinition::priority)
            .thenComparing(RuleDefinition::createdAt)
            .thenComparing(RuleDefinition::id);

    /** The template for this message: the internal one for internal senders when there is one. */
    public Template templateFor(IncomingMessage message) {
        return message.internalSender() && internalTemplate != null ? internalTemplate : template;
    }
}
