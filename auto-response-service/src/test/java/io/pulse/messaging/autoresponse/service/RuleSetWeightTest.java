package io.pulse.messaging.autoresponse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.repository.RuleRows.StoredRule;

/** The cache weight of a rule counts each condition object of its groups, not only the characters of its conditions. */
class RuleSetWeightTest {

    private static StoredRule rule(String conditions) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new StoredRule(UUID.randomUUID(), now, now, "rule", "R", true, 1, conditions, "Hello.", null, false, false, null,
                "friendly", "UTC", 0);
    }

    @Test
    void everyGroupItemWeighsAsAnObject() {
        String flat = "{\"keywords\":{\"terms\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\",\"m\"]}}";
        String grouped = "{\"any\":[{\"channels\":[\"a\"]},{\"channels\":[\"b\"]},{\"all\":[{\"channels\":[\"c\"]}]}]}";
        assertEquals(flat.length(), grouped.length(), "the two texts are the same length");
        assertEquals(5, RuleSetWeight.objects(grouped));
        long difference = RuleSetWeight.of(rule(grouped)) - RuleSetWeight.of(rule(flat));
        assertEquals(3 * RuleSetWeight.PER_CONDITION_OBJECT, difference);
        assertTrue(RuleSetWeight.of(rule(grouped)) > RuleSetWeight.PER_RULE + 5 * RuleSetWeight.PER_CONDITION_OBJECT);
    }
}
