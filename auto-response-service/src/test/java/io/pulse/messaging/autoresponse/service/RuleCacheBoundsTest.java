package io.pulse.messaging.autoresponse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The compiled rules cache is bounded by the rules it holds, drops users one by one, and never replaces a newer version. */
class RuleCacheBoundsTest {

    private final RuleCache cache = new RuleCache(new RuleRows(), new EvaluationStateRepository(), new RuleCompiler(new ObjectMapper()),
            config(5));

    @Test
    void pastTheMostRulesUsersAreDroppedOneByOneNotAllAtOnce() {
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID user = UUID.randomUUID();
            users.add(user);
            cache.compiled(new RuleCache.Loaded(user, 1, null, rules(1)));
        }
        long held = users.stream().filter(cache::holds).count();
        assertEquals(5, held, "five users of one rule each fit; only one of six is dropped");

        UUID big = UUID.randomUUID();
        cache.compiled(new RuleCache.Loaded(big, 1, null, rules(4)));
        long rules = users.stream().filter(cache::holds).count() + (cache.holds(big) ? 4 : 0);
        assertTrue(rules <= 5, "at most five compiled rules are held, not " + rules);
        assertTrue(users.stream().anyMatch(cache::holds), "the others are not all cleared");
    }

    @Test
    void anOlderVersionCompiledLateDoesNotReplaceANewerOne() {
        UUID user = UUID.randomUUID();
        cache.compiled(new RuleCache.Loaded(user, 7, null, rules(1)));
        RuleCache.RuleSet late = cache.compiled(new RuleCache.Loaded(user, 6, null, rules(2)));

        assertEquals(2, late.rules().size(), "the caller gets what it loaded");
        assertNotNull(cache.cached(user));
        assertEquals(7, cache.cached(user).version());
    }

    private static List<StoredRule> rules(int count) {
        List<StoredRule> rules = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            rules.add(new StoredRule(UUID.randomUUID(), now, now, "rule", "R" + i, true, i, "{}", "Hello.", null, false, false, null,
                    "friendly", "UTC", 0));
        }
        return rules;
    }

    private static AutoResponseConfig config(long maxRules) {
        return (AutoResponseConfig) Proxy.newProxyInstance(AutoResponseConfig.class.getClassLoader(), new Class<?>[] {AutoResponseConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "ruleCacheMaxRules" -> maxRules;
                    case "ruleCacheIdle" -> Duration.ofMinutes(30);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
