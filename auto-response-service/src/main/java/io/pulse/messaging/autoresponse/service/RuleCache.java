package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.pulse.messaging.autoresponse.engine.KeywordCondition;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.RuleRows;
import io.pulse.messaging.autoresponse.repository.RuleRows.StoredRule;
import io.pulse.messaging.common.lifecycle.UserErased;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.ownership.UserScope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Each user's enabled rules, compiled, per replica. Every change to a user's rules bumps a version row in the
 * same transaction; an evaluation reads that version (a primary-key lookup) and reloads the rules (one query
 * on the partial index of enabled rules) only when it differs from the cached copy's. So a change made through
 * any replica is seen by every replica at its next evaluation, with no messaging between them. Versions come from one
 * sequence, so they only grow, also across an erasure that deleted the user's version row.
 *
 * <p>Reading and compiling are two steps: {@link #load} reads in the evaluation's first transaction (on the SQL client),
 * {@link #compiled} compiles (CPU work) off the event loop after that transaction has ended, outside any lock, and then
 * stores the result unless a newer version got there first. The cache (Caffeine) is bounded by the number of compiled
 * rules it holds ({@code rule-cache-max-rules}; the least recently used users go first) and forgets users idle for
 * {@code rule-cache-idle}.
 */
@Singleton
public class RuleCache {

    /** A user's enabled rules in evaluation order as of a rules version, and the sum of their patterns' weights. */
    public record RuleSet(long version, List<RuleDefinition> rules, long patternWeight) {
    }

    /** What one transaction read: the version, and either the cached rules of that version or the stored rows to compile. */
    public record Loaded(UUID user, long version, RuleSet cached, List<StoredRule> stored) {
    }

    private final Cache<UUID, RuleSet> entries;
    private final RuleRows rules;
    private final EvaluationStateRepository state;
    private final RuleCompiler compiler;

    public RuleCache(RuleRows rules, EvaluationStateRepository state, RuleCompiler compiler, AutoResponseConfig config) {
        this.rules = rules;
        this.state = state;
        this.compiler = compiler;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.ruleCacheMaxRules())
                .weigher((UUID user, RuleSet set) -> Math.max(1, set.rules().size()))
                .expireAfterAccess(config.ruleCacheIdle())
                .executor(Runnable::run)
                .build();
    }

    /** The scope user's rules version and, unless this replica has them compiled already, their enabled rules as stored. */
    public Uni<Loaded> load(SqlScope scope) {
        return rules.rulesVersion(scope).chain(version -> {
            RuleSet cached = entries.getIfPresent(scope.userId());
            if (cached != null && cached.version() == version) {
                return Uni.createFrom().item(new Loaded(scope.userId(), version, cached, null));
            }
            return rules.enabledInOrder(scope).map(stored -> new Loaded(scope.userId(), version, null, stored));
        });
    }

    /**
     * The loaded rules compiled (CPU work: call it off the event loop; no lock is held meanwhile), kept for the next
     * evaluation of the same version unless a newer version is cached already.
     */
    public RuleSet compiled(Loaded loaded) {
        if (loaded.cached() != null) {
            return loaded.cached();
        }
        List<RuleDefinition> compiled = new ArrayList<>(loaded.stored().size());
        long weight = 0;
        for (StoredRule rule : loaded.stored()) {
            try {
                RuleDefinition definition = compiler.compile(rule.detached());
                weight += patternWeight(definition, loaded.user());
                compiled.add(definition);
            } catch (RuntimeException e) {
                Log.errorf(e, "Rule %s is skipped: it does not compile", rule.id());
            }
        }
        compiled.sort(RuleDefinition.ORDER);
        RuleSet set = new RuleSet(loaded.version(), List.copyOf(compiled), weight);
        entries.asMap().merge(loaded.user(), set, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return set;
    }

    /**
     * Marks the scope user's rules as changed, in the transaction of the change and before the change itself: the version
     * row's lock then orders the change against evaluations recording an outcome (see {@link EvaluationService}). Every
     * replica reloads the rules at its next evaluation, this one at once.
     */
    public Uni<Void> changed(UserScope scope) {
        return state.bumpRulesVersion(scope).invoke(() -> entries.invalidate(scope.userId())).replaceWithVoid();
    }

    /**
     * Drops an erased user's compiled rules on the replica that erased them. Other replicas drop theirs at the user's next
     * evaluation: the erasure deleted the version row, so the version read (0, or a later sequence value) differs.
     */
    void on(@Observes UserErased erased) {
        entries.invalidate(erased.user());
    }

    /** Whether this replica holds compiled rules of {@code user} (for tests). */
    boolean holds(UUID user) {
        return cached(user) != null;
    }

    /** The compiled rules this replica holds for {@code user}, or null, after any pending eviction (for tests). */
    RuleSet cached(UUID user) {
        entries.cleanUp();
        return entries.getIfPresent(user);
    }

    private static long patternWeight(RuleDefinition rule, UUID user) {
        KeywordCondition keywords = rule.conditions().keywords();
        if (keywords == null || keywords.regex() == null) {
            return 0;
        }
        if (!keywords.regex().supported()) {
            Log.warnf("Rule %s of user %s has a pattern the linear-time engine cannot run, so it never matches until edited: %s",
                    rule.id(), user, keywords.regex().problem());
        }
        return keywords.regex().weight();
    }
}
