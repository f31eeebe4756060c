package io.pulse.messaging.autoresponse.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.LoopGuard;
import io.pulse.messaging.autoresponse.engine.ReplySubject;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.AutoResponseLogEntry;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.model.LogStatus;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Writes the outcome of an evaluation to the audit log, in the evaluation's transaction, and answers with it: a reply
 * sent, a reply that could not be produced (failed), or a message suppressed with the reason.
 */
@Singleton
public class OutcomeRecorder {

    private final LogRepository log;

    public OutcomeRecorder(LogRepository log) {
        this.log = log;
    }

    public Uni<EvaluationView> sent(UserScope scope, IncomingMessage message, RuleDefinition rule, Reply reply) {
        AutoResponseLogEntry entry = entry(message, rule, LogStatus.SENT, null);
        entry.setResponseText(reply.text());
        entry.setPersonalised(reply.personalised());
        entry.setEngine(reply.engine());
        entry.setFallbackReason(reply.fallbackReason());
        String subject = ReplySubject.of(rule, message);
        entry.setReplySubject(subject);
        return log.persist(scope, entry).map(saved -> new EvaluationView(message.messageId(), true, rule.id(), rule.name(), reply.text(),
                reply.personalised(), reply.engine(), reply.fallbackReason(), saved.getId(), null, null, replyHeaders(saved.getId()), null,
                null, null, subject));
    }

    /** A matching rule whose reply could not be produced: logged as failed, no cooldown taken. */
    public Uni<EvaluationView> failed(UserScope scope, IncomingMessage message, RuleDefinition rule, Reply reply, SuppressionReason reason,
                                      String detail) {
        AutoResponseLogEntry entry = entry(message, rule, LogStatus.FAILED, reason);
        entry.setEngine(reply.engine());
        entry.setFallbackReason(reply.fallbackReason());
        return log.persist(scope, entry).map(saved -> new EvaluationView(message.messageId(), false, rule.id(), rule.name(), null, null,
                reply.engine(), reply.fallbackReason(), saved.getId(), reason, detail, null, null, null, null));
    }

    /** No reply, for {@code reason}; {@code rule} is null when a loop guard stopped the message before any rule. */
    public Uni<EvaluationView> suppressed(UserScope scope, IncomingMessage message, RuleDefinition rule, SuppressionReason reason,
                                          String detail) {
        AutoResponseLogEntry entry = entry(message, rule, LogStatus.SUPPRESSED, reason);
        return log.persist(scope, entry).map(saved -> new EvaluationView(message.messageId(), false, rule == null ? null : rule.id(),
                rule == null ? null : rule.name(), null, null, null, null, saved.getId(), reason, detail, null, null, null, null));
    }

    /** The headers a reply carries so that other systems, and this one, recognise it as automatic (RFC 3834). */
    static Map<String, String> replyHeaders(UUID logId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-replied");
        headers.put(LoopGuard.OWN_REPLY_HEADER, logId == null ? "dry-run" : logId.toString());
        return headers;
    }

    private static AutoResponseLogEntry entry(IncomingMessage message, RuleDefinition rule, LogStatus status, SuppressionReason reason) {
        AutoResponseLogEntry entry = new AutoResponseLogEntry();
        entry.setRuleId(rule == null ? null : rule.id());
        entry.setConversationId(message.conversationId());
        entry.setMessageId(message.messageId());
        entry.setSenderId(message.senderId());
        entry.setSenderEmail(message.normalizedEmail());
        entry.setSenderKey(message.senderKey());
        entry.setChannel(message.channel());
        entry.setStatus(status.wire());
        entry.setReason(reason == null ? null : reason.wire());
        return entry;
    }
}
