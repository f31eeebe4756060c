package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.RuleAction;
import io.pulse.messaging.autoresponse.repository.OutboundWebhookRows;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/** A rule's notify actions must name the user's own outbound webhooks (400 naming the action otherwise), checked on save. */
@Singleton
public class WebhookReferences {

    private final RuleCompiler compiler;
    private final OutboundWebhookRows webhooks;

    public WebhookReferences(RuleCompiler compiler, OutboundWebhookRows webhooks) {
        this.compiler = compiler;
        this.webhooks = webhooks;
    }

    /** Reads which of the named webhooks are the user's, in one statement. */
    Uni<Void> require(SqlScope scope, AutoResponseRule rule) {
        List<RuleAction> actions = compiler.actionsOf(rule.getId(), rule.getActions());
        List<UUID> named = actions == null ? List.of()
                : actions.stream().map(RuleAction::webhookId).filter(Objects::nonNull).toList();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return webhooks.existing(scope, named).invoke(owned -> {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                UUID webhook = actions.get(i).webhookId();
                if (webhook != null && !owned.contains(webhook)) {
                    errors.add(new FieldError("actions[" + i + "].webhookId", "is not one of your outbound webhooks"));
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
        }).replaceWithVoid();
    }
}
