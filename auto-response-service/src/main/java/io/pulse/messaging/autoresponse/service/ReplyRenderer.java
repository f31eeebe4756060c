package io.pulse.messaging.autoresponse.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.Names;
import io.pulse.messaging.autoresponse.engine.ReplyEngine;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.Text;
import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.common.ai.FallbackReason;
import io.quarkus.logging.Log;

/**
 * The text a matching rule sends for one message: its template rendered, then personalised by the reply engine. Dates
 * ({@code {{returnDate}}}) are in the user's zone; the greeting's time of day is the sender's, from the offset the
 * message was sent with, and a neutral "Hello" when the message does not say it.
 */
@Singleton
public class ReplyRenderer {

    private static final DateTimeFormatter RETURN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final ReplyEngine engine;

    public ReplyRenderer(ReplyEngine engine) {
        this.engine = engine;
    }

    /**
     * The reply and the engine that produced it.
     *
     * @param fallbackReason why the engine is {@code local-fallback} (a model's text could not be used), else null
     */
    public record Reply(String text, boolean personalised, String engine, String fallbackReason) {

        public Reply(String text, boolean personalised, String engine) {
            this(text, personalised, engine, null);
        }
    }

    /**
     * Never fails: unknown values take their fallback or vanish, and when the engine throws the plain rendering is
     * the reply, with engine {@code local-fallback}. The text may be blank (a template of placeholders without values).
     */
    public Reply render(RuleDefinition rule, IncomingMessage message, Responder user) {
        ZoneId zone = user.zone() != null ? user.zone() : rule.timeZone();
        String rendered = rule.templateFor(message).render(values(rule, message, user, zone));
        ZoneId senderZone = message.senderOffset(); // the sender's time of day, never the owner's; null: a neutral greeting
        if (!rule.personalise()) {
            return new Reply(rendered, false, engine.name());
        }
        try {
            ReplyEngine.Reply reply = engine.personalise(new ReplyEngine.Request(rendered, rule.tone(), message.senderFirstName(),
                    user.name(), message.sentAt(), senderZone));
            return new Reply(reply.text(), reply.personalised(), reply.engine());
        } catch (RuntimeException e) {
            Log.warnf(e, "Reply engine %s failed; the rendered template is sent", engine.name());
            return new Reply(rendered, false, EngineUsed.LOCAL_FALLBACK, FallbackReason.UNAVAILABLE.wire());
        }
    }

    /** The template's placeholders and their values for this message (the README lists them). */
    private static Map<String, String> values(RuleDefinition rule, IncomingMessage message, Responder user, ZoneId zone) {
        Map<String, String> values = new HashMap<>();
        values.put("sender.name", message.senderName());
        values.put("sender.firstName", message.senderFirstName());
        values.put("sender.email", message.senderEmail());
        values.put("user.name", user.name());
        values.put("user.firstName", Names.firstName(user.name(), null));
        values.put("message.snippet", Text.snippet(message.content(), 80));
        values.put("message.channel", message.channel());
        if (rule.conditions().dateRange() != null && rule.conditions().dateRange().until() != null) {
            values.put("returnDate", RETURN_DATE.format(rule.conditions().dateRange().until().atZone(zone)));
        }
        values.put("greeting", message.senderOffset() == null ? "Hello" : greeting(message.sentAt().atZone(message.senderOffset()).getHour()));
        return values;
    }

    private static String greeting(int hour) {
        if (hour >= 5 && hour < 12) {
            return "Good morning";
        }
        if (hour >= 12 && hour < 17) {
            return "Good afternoon";
        }
        return hour >= 17 && hour < 22 ? "Good evening" : "Hello";
    }
}
