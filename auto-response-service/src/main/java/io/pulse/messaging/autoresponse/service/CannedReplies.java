package io.pulse.messaging.autoresponse.service;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.repository.CannedResponseRepository;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/**
 * Rules that answer with a canned response: the rule gives {@code cannedResponseId} instead of {@code template}, and keeps
 * a copy of the canned response's template (what evaluation compiles, so matching reads nothing more). The copy is taken
 * when the rule is saved and rewritten whenever the canned response changes ({@link CannedResponseService}).
 */
@Singleton
public class CannedReplies {

    private final CannedResponseRepository canned;
    private final RuleCache cache;

    public CannedReplies(CannedResponseRepository canned, RuleCache cache) {
        this.canned = canned;
        this.cache = cache;
    }

    /** Whether the rule answers with a canned response. */
    static boolean references(AutoResponseRule rule) {
        return rule.getCannedResponseId() != null;
    }

    /**
     * Copies the referenced canned response's template into the rule; 400 when the user has no such canned response. The
     * rules version is bumped first: its lock orders this copy against a concurrent change of the canned response, which
     * bumps it before rewriting the copies, so no rule keeps an outdated copy.
     */
    public Uni<Void> resolve(SqlScope scope, AutoResponseRule rule) {
        if (!references(rule)) {
            return Uni.createFrom().voidItem();
        }
        return cache.changed(scope).chain(() -> canned.findById(scope, rule.getCannedResponseId())).invoke(found -> {
            if (found == null) {
                throw ApiException.invalid("cannedResponseId", "is not one of your canned responses");
            }
            rule.setResponseTemplate(found.getTemplate());
        }).replaceWithVoid();
    }
}
