package io.pulse.messaging.autoresponse.service;

import java.time.Duration;
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
 * stores the result unless a newer version got there first. The cache (Caffeine) is bounded by the estimated bytes of
 * the compiled rules it holds ({@code rule-cache-max-bytes}, {@link RuleSetWeight}; the least recently used users go
 * first), never keeps a user's set that alone weighs more than an eighth of that (it is compiled per evaluation), and
 * forgets users idle for {@code rule-cache-idle}.
 *
 * <p>An erasure: the erasing replica drops the user's set and remembers when, so a set loaded before the erasure and
 * compiled after it is not stored; any replica drops a set whose version is above the one the database now has (the
 * erasure deleted the version row, which then reads 0 until the user's next change).
 */
@Singleton
public class RuleCache {

    /** A user's enabled rules in evaluation order as of a rules version, and the sum of their patterns' weights. */
    public record RuleSet(long version, List<RuleDefinition> rules, long patternWeight, long bytes) {
    }

    /**
     * What one transaction read: the version, and either the cached rules of that version or the stored rows to compile;
     * {@code started} is when the read began ({@link System#nanoTime}), to tell it from a later erasure.
     */
    public record Loaded(UUID user, long version, RuleSet cached, List<StoredRule> stored, long started) {

        public Loaded(UUID user, long version, RuleSet cached, List<StoredRule> stored) {
            this(user, version, cached, stored, System.nanoTime());
        }
    }

    /** A user whose set weighs more than the bound divided by this is not kept. */
    static final long LARGEST_SHARE = 8;

    /** How long an erasure is remembered: longer than an evaluation can take between its read and its compilation. */
    private static final Duration ERASURE_MEMORY = Duration.ofMinutes(10);

    private final Cache<UUID, RuleSet> entries;
    private final Cache<UUID, Long> erasures;
    private final long largestSet;
    private final RuleRows rules;
    private final EvaluationStateRepository state;
    private final RuleCompiler compiler;

    public RuleCache(RuleRows rules, EvaluationStateRepository state, RuleCompiler compiler, AutoResponseConfig config) {
        this.rules = rules;
        this.state = state;
        this.compiler = compiler;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.ruleCacheMaxBytes())
                .weigher((UUID user, RuleSet set) -> (int) Math.min(Integer.MAX_VALUE, set.bytes()))
                .expireAfterAccess(config.ruleCacheIdle())
                .executor(Runnable::run)
                .build();
        this.erasures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ERASURE_MEMORY).executor(Runnable::run).build();
        this.largestSet = config.ruleCacheMaxBytes() / LARGEST_SHARE;
    }

    /** The scope user's rules version and, unless this replica has them compiled already, their enabled rules as stored. */
    public Uni<Loaded> load(SqlScope scope) {
        long started = System.nanoTime();
        return rules.rulesVersion(scope).chain(version -> {
            RuleSet cached = entries.getIfPresent(scope.userId());
            if (cached != null && cached.version() == version) {
                return Uni.createFrom().item(new Loaded(scope.userId(), version, cached, null, started));
            }
            if (cached != null && cached.version() > version) {
                entries.asMap().remove(scope.userId(), cached);
            }
            return rules.enabledInOrder(scope).map(stored -> new Loaded(scope.userId(), version, null, stored, started));
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
        RuleSet set = new RuleSet(loaded.version(), List.copyOf(compiled), weight, RuleSetWeight.of(loaded.stored()));
        if (set.bytes() <= largestSet && !erasedSince(loaded)) {
            entries.asMap().merge(loaded.user(), set, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        }
        return set;
    }

    /**
     * Marks the scope user's rules as changed, in the transaction of the change and before the change itself: the version
     * row's lock then orders the change against evaluations recording an outcome (see {@link EvaluationService}). Every
     * replica reloads the rules at its next evaluation, this one at once.
     */
    public Uni<Void> changed(SqlScope scope) {
        return state.bumpRulesVersion(scope).invoke(() -> entries.invalidate(scope.userId())).replaceWithVoid();
    }

    /**
     * Drops an erased user's compiled rules on the replica that erased them. Other replicas drop theirs at the user's next
     * evaluation: the erasure deleted the version row, so the version read (0, or a later sequence value) differs.
     */
    void on(@Observes UserErased erased) {
        erasures.put(erased.user(), System.nanoTime());
        entries.invalidate(erased.user());
    }

    /** Whether this replica erased the loaded user after the load began (so what it read is the erased rules). */
    private boolean erasedSince(Loaded loaded) {
        Long erased = erasures.getIfPresent(loaded.user());
        return erased != null && erased - loaded.started() >= 0;
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

    /** The weights of the rule's patterns, its groups' included. */
    private static long patternWeight(RuleDefinition rule, UUID user) {
        long weight = 0;
        for (KeywordCondition keywords : rule.conditions().allKeywords()) {
            if (keywords.regex() == null) {
                continue;
            }
            if (!keywords.regex().supported()) {
                Log.warnf("Rule %s of user %s has a pattern the linear-time engine cannot run, so it never matches until edited: %s",
                        rule.id(), user, keywords.regex().problem());
            }
            weight += keywords.regex().weight();
        }
        return weight;
    }
}
