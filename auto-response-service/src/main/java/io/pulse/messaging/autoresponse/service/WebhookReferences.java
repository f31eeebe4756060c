package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.RuleAction;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/** A rule's notify actions must name the user's own outbound webhooks (400 naming the action otherwise), checked on save. */
@Singleton
public class WebhookReferences {

    private static final String OWNED = "select count(*) from auto_response.message_auto_response_outbound_webhooks"
            + " where user_id = :owner and id = :id";

    private final RuleCompiler compiler;

    public WebhookReferences(RuleCompiler compiler) {
        this.compiler = compiler;
    }

    Uni<Void> require(UserScope scope, AutoResponseRule rule) {
        List<RuleAction> actions = compiler.actionsOf(rule.getId(), rule.getActions());
        if (actions == null) {
            return Uni.createFrom().voidItem();
        }
        List<FieldError> errors = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < actions.size(); i++) {
            UUID webhook = actions.get(i).webhookId();
            String field = "actions[" + i + "].webhookId";
            if (webhook != null) {
                chain = chain.chain(() -> scope.session().createNativeQuery(OWNED, Long.class).setParameter("owner", scope.userId())
                        .setParameter("id", webhook).getSingleResult().invoke(count -> {
                            if (count == 0) {
                                errors.add(new FieldError(field, "is not one of your outbound webhooks"));
                            }
                        }).replaceWithVoid());
            }
        }
        return chain.invoke(() -> {
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
        });
    }
}
