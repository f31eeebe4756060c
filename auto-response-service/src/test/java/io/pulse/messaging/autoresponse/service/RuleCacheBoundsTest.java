package io.pulse.messaging.autoresponse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.RuleRows;
import io.pulse.messaging.autoresponse.repository.RuleRows.StoredRule;
import io.pulse.messaging.common.lifecycle.UserErased;

/**
 * The compiled rules cache is bounded by the estimated bytes it holds, drops users one by one, keeps no single set heavier
 * than an eighth of the bound, never replaces a newer version, and stores nothing read before an erasure.
 */
class RuleCacheBoundsTest {

    /** One small rule's estimated weight; the bound holds 40 of them, an eighth of it 5. */
    private static final long SMALL = RuleSetWeight.of(rules(1, "Hello."));

    private final RuleCache cache = new RuleCache(new RuleRows(), new EvaluationStateRepository(), new RuleCompiler(new ObjectMapper()),
            config(40 * SMALL));

    @Test
    void pastTheMostBytesUsersAreDroppedOneByOneNotAllAtOnce() {
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            UUID user = UUID.randomUUID();
            users.add(user);
            cache.compiled(new RuleCache.Loaded(user, 1, null, rules(1, "Hello.")));
        }
        long held = users.stream().filter(cache::holds).count();
        assertEquals(40, held, "forty small sets fit; only one of 41 is dropped");

        UUID heavy = UUID.randomUUID();
        cache.compiled(new RuleCache.Loaded(heavy, 1, null, rules(1, "x".repeat((int) (3 * SMALL / 6)))));
        long bytes = users.stream().filter(cache::holds).count() * SMALL + (cache.holds(heavy) ? cache.cached(heavy).bytes() : 0);
        assertTrue(bytes <= 40 * SMALL, "at most the bound is held, not " + bytes);
        assertTrue(users.stream().anyMatch(cache::holds), "the others are not all cleared");
    }

    @Test
    void oneRuleWithLongTemplatesWeighsMoreThanManySmallOnes() {
        long large = RuleSetWeight.of(rules(1, "x".repeat(5000)));
        assertTrue(large >= 30_000, "a 5000-char template is counted at several bytes a char: " + large);
        assertTrue(RuleSetWeight.of(rules(1000, "x".repeat(5000))) > 8L * 1024 * 1024 / RuleCache.LARGEST_SHARE,
                "a full set of long rules is over the default's per-user share");
    }

    @Test
    void aSetHeavierThanAnEighthOfTheBoundIsCompiledButNotKept() {
        UUID user = UUID.randomUUID();
        RuleCache.RuleSet set = cache.compiled(new RuleCache.Loaded(user, 1, null, rules(7, "Hello.")));

        assertEquals(7, set.rules().size(), "the evaluation gets its rules");
        assertFalse(cache.holds(user), "seven small rules weigh more than an eighth of forty");
        cache.compiled(new RuleCache.Loaded(user, 2, null, rules(5, "Hello.")));
        assertTrue(cache.holds(user), "five do not");
    }

    @Test
    void rulesReadBeforeAnErasureAreNotKeptWhenCompiledAfterIt() {
        UUID user = UUID.randomUUID();
        RuleCache.Loaded before = new RuleCache.Loaded(user, 3, null, rules(1, "Erased."));
        cache.on(new UserErased(user));
        cache.compiled(before);
        assertFalse(cache.holds(user), "the erased user's rules came back after the erasure");

        cache.compiled(new RuleCache.Loaded(user, 0, null, rules(1, "New.")));
        assertTrue(cache.holds(user), "what is read after the erasure is kept");
    }

    @Test
    void anOlderVersionCompiledLateDoesNotReplaceANewerOne() {
        UUID user = UUID.randomUUID();
        cache.compiled(new RuleCache.Loaded(user, 7, null, rules(1, "Hello.")));
        RuleCache.RuleSet late = cache.compiled(new RuleCache.Loaded(user, 6, null, rules(2, "Hello.")));

        assertEquals(2, late.rules().size(), "the caller gets what it loaded");
        assertNotNull(cache.cached(user));
        assertEquals(7, cache.cached(user).version());
    }

    private static List<StoredRule> rules(int count, String template) {
        List<StoredRule> rules = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            rules.add(new StoredRule(UUID.randomUUID(), now, now, "rule", "R" + i, true, i, "{}", template, null, false, false, null,
                    "friendly", "UTC", 0));
        }
        return rules;
    }

    private static AutoResponseConfig config(long maxBytes) {
        return (AutoResponseConfig) Proxy.newProxyInstance(AutoResponseConfig.class.getClassLoader(), new Class<?>[] {AutoResponseConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "ruleCacheMaxBytes" -> maxBytes;
                    case "ruleCacheIdle" -> Duration.ofMinutes(30);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
