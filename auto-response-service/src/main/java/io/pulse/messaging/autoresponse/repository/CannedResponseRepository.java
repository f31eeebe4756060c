package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.CannedResponse;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/** The user's canned responses, and the rules that use one. */
@Singleton
public class CannedResponseRepository extends OwnedRepository<CannedResponse> {

    public CannedResponseRepository(Clock clock) {
        super(CannedResponse.class, clock);
    }

    /** Every canned response of the user (for suggestions; at most {@code max}, newest first). */
    public Uni<List<CannedResponse>> all(UserScope scope, int max) {
        return scope.session().createSelectionQuery("from CannedResponse where userId = :owner order by createdAt desc, id desc",
                CannedResponse.class).setParameter("owner", scope.userId()).setMaxResults(max).getResultList();
    }

    /** The user's rules answering with this canned response, in evaluation order. */
    public Uni<List<AutoResponseRule>> usedBy(UserScope scope, UUID id) {
        return scope.session().createSelectionQuery("from AutoResponseRule where userId = :owner and cannedResponseId = :id"
                + " order by priority, createdAt, id", AutoResponseRule.class)
                .setParameter("owner", scope.userId()).setParameter("id", id).getResultList();
    }

    /** Rewrites the template copy of every rule of the user answering with this canned response; how many. */
    public Uni<Integer> rewriteRules(UserScope scope, UUID id, String template) {
        return mutate(scope, "update AutoResponseRule set responseTemplate = :template, updatedAt = :now"
                + " where userId = :owner and cannedResponseId = :id", Map.of("template", template, "now", now(), "id", id));
    }
}
