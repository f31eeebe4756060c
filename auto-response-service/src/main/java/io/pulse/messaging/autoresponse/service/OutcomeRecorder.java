package io.pulse.messaging.autoresponse.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.LoopGuard;
import io.pulse.messaging.autoresponse.engine.ReplySubject;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.model.LogStatus;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.LogRow;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;

/**
 * The outcome of an evaluation as the audit log keeps it and as the API answers it: a reply sent, a reply that could not
 * be produced (failed), or a message suppressed with the reason. The log row is written by {@link BatchDecider}, with the
 * rows of the other messages of its request.
 */
final class OutcomeRecorder {

    /** A log row and the answer that names it. */
    record Recorded(LogRow row, EvaluationView view) {
    }

    private OutcomeRecorder() {
    }

    static Recorded sent(UUID logId, IncomingMessage message, RuleDefinition rule, Reply reply) {
        String subject = ReplySubject.of(rule, message);
        LogRow row = row(logId, message, rule, LogStatus.SENT, null, reply.text(), reply.personalised(), reply.engine(),
                reply.fallbackReason(), subject);
        return new Recorded(row, new EvaluationView(message.messageId(), true, rule.id(), rule.name(), reply.text(), reply.personalised(),
                reply.engine(), reply.fallbackReason(), logId, null, null, replyHeaders(logId), null, null, null, subject));
    }

    /** A matching rule whose reply could not be produced: logged as failed, no cooldown taken. */
    static Recorded failed(UUID logId, IncomingMessage message, RuleDefinition rule, Reply reply, SuppressionReason reason, String detail) {
        LogRow row = row(logId, message, rule, LogStatus.FAILED, reason, null, false, reply.engine(), reply.fallbackReason(), null);
        return new Recorded(row, new EvaluationView(message.messageId(), false, rule.id(), rule.name(), null, null, reply.engine(),
                reply.fallbackReason(), logId, reason, detail, null, null, null, null));
    }

    /** No reply, for {@code reason}; {@code rule} is null when a loop guard stopped the message before any rule. */
    static Recorded suppressed(UUID logId, IncomingMessage message, RuleDefinition rule, SuppressionReason reason, String detail) {
        LogRow row = row(logId, message, rule, LogStatus.SUPPRESSED, reason, null, false, null, null, null);
        return new Recorded(row, new EvaluationView(message.messageId(), false, rule == null ? null : rule.id(),
                rule == null ? null : rule.name(), null, null, null, null, logId, reason, detail, null, null, null, null));
    }

    /** The headers a reply carries so that other systems, and this one, recognise it as automatic (RFC 3834). */
    static Map<String, String> replyHeaders(UUID logId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-replied");
        headers.put(LoopGuard.OWN_REPLY_HEADER, logId == null ? "dry-run" : logId.toString());
        return headers;
    }

    private static LogRow row(UUID id, IncomingMessage message, RuleDefinition rule, LogStatus status, SuppressionReason reason, String text,
                              boolean personalised, String engine, String fallbackReason, String subject) {
        return new LogRow(id, rule == null ? null : rule.id(), message.conversationId(), message.messageId(), message.senderId(),
                message.normalizedEmail(), message.senderKey(), message.channel(), status.wire(), reason == null ? null : reason.wire(),
                text, personalised, engine, fallbackReason, subject);
    }
}
