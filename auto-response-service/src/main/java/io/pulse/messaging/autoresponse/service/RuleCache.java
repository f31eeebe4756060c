package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Each user's enabled rules, compiled, per replica. Every change to a user's rules bumps a version row in the
 * same transaction; an evaluation reads that version (a primary-key lookup) and reloads the rules (one query
 * on the partial index of enabled rules) only when it differs from the cached copy's. So a change made through
 * any replica is seen by every replica at its next evaluation, with no messaging between them.
 */
@Singleton
public class RuleCache {

    private record Entry(long version, List<RuleDefinition> rules) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final RuleRepository rules;
    private final EvaluationStateRepository state;
    private final RuleCompiler compiler;
    private final int maxUsers;

    public RuleCache(RuleRepository rules, EvaluationStateRepository state, RuleCompiler compiler, AutoResponseConfig config) {
        this.rules = rules;
        this.state = state;
        this.compiler = compiler;
        this.maxUsers = config.ruleCacheSize();
    }

    /** The scope user's enabled rules in evaluation order, current as of this transaction. */
    public Uni<List<RuleDefinition>> enabledRules(UserScope scope) {
        return state.rulesVersion(scope).chain(version -> {
            Entry cached = entries.get(scope.userId());
            if (cached != null && cached.version() == version) {
                return Uni.createFrom().item(cached.rules());
            }
            return rules.enabledInOrder(scope).map(stored -> {
                List<RuleDefinition> compiled = new ArrayList<>(stored.size());
                for (AutoResponseRule rule : stored) {
                    try {
                        compiled.add(compiler.compile(rule));
                    } catch (RuntimeException e) {
                        Log.errorf(e, "Rule %s is skipped: it does not compile", rule.getId());
                    }
                }
                compiled.sort(RuleDefinition.ORDER);
                List<RuleDefinition> frozen = List.copyOf(compiled);
                if (entries.size() >= maxUsers && !entries.containsKey(scope.userId())) {
                    entries.clear(); // crude but bounded: the next evaluations reload what they need
                }
                entries.put(scope.userId(), new Entry(version, frozen));
                return frozen;
            });
        });
    }

    /**
     * Marks the scope user's rules as changed, in the transaction of the change: every replica reloads them at its next
     * evaluation, this one at once.
     */
    public Uni<Void> changed(UserScope scope) {
        return state.bumpRulesVersion(scope).invoke(() -> entries.remove(scope.userId())).replaceWithVoid();
    }
}
