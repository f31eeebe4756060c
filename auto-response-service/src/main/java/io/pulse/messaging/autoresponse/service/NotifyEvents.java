package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleMatcher.Notification;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.OutboxRow;
import io.pulse.messaging.autoresponse.service.OutcomeRecorder.Recorded;
import io.pulse.messaging.common.ownership.Ids;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The outbox events of one recorded message: one per notify action of its matching rules. The event says which rule
 * matched which message and what was decided; never the message's text or the reply's (the receiver asks the messaging
 * backend for them).
 */
final class NotifyEvents {

    static final String EVENT = "auto_response.rule_matched";

    private NotifyEvents() {
    }

    static List<OutboxRow> of(Prepared.Item item, Recorded recorded, List<String> tags, OffsetDateTime now, Clock clock) {
        List<Notification> notifications = Effects.notifications(item);
        if (notifications.isEmpty()) {
            return List.of();
        }
        IncomingMessage message = item.message();
        EvaluationView view = recorded.view();
        List<OutboxRow> rows = new ArrayList<>(notifications.size());
        for (Notification n : notifications) {
            UUID id = Ids.newId(clock);
            JsonObject payload = new JsonObject()
                    .put("event", EVENT)
                    .put("deliveryId", id.toString())
                    .put("webhookId", n.webhookId().toString())
                    .put("ruleId", n.rule().id().toString())
                    .put("ruleName", n.rule().name())
                    .put("logId", recorded.row().id().toString())
                    .put("messageId", message.messageId().toString())
                    .put("conversationId", message.conversationId().toString())
                    .put("channel", message.channel())
                    .put("reply", view.reply())
                    .put("status", recorded.row().status())
                    .put("reason", recorded.row().reason())
                    .put("tags", new JsonArray(List.copyOf(tags)))
                    .put("createdAt", now.toString());
            rows.add(new OutboxRow(id, n.webhookId(), n.rule().id(), recorded.row().id(), payload.encode()));
        }
        return rows;
    }
}
