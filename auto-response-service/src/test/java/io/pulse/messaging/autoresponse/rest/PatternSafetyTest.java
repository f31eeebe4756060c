package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.regexRule;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.ProbingReplyEngine;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * User patterns cannot make the service slow for anyone: they run on a linear-time engine, syntax it cannot run is
 * refused on save, the pattern work of one request is bounded before any matching, and matching runs on a worker
 * thread with no transaction open.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class PatternSafetyTest {

    @Test
    void patternsThatWouldBacktrackCatastrophicallyAreJudgedCorrectly() {
        Api alice = Api.newUser();
        alice.createRule(regexRule("Anchored", 1, "Anchored", "(a+)+$"));
        alice.createRule(regexRule("Nested", 2, "Nested", "(x+x+)+y"));
        String found = alice.createRule(regexRule("Found", 3, "Found it", "(a+)+b"));
        Map<String, Object> hostile = message("a".repeat(19_990) + "c ab");
        alice.post("/evaluate?dryRun=true", hostile).statusCode(200)
                .body("ruleId", equalTo(found))
                .body("explanation[0].conditions[0].reason", equalTo("pattern /(a+)+$/ does not match"))
                .body("explanation[2].conditions[0].reason", equalTo("pattern /(a+)+b/ matches"));
        alice.post("/evaluate", hostile).statusCode(200).body("reply", equalTo(true)).body("ruleId", equalTo(found))
                .body("text", equalTo("Found it"));
    }

    @Test
    void syntaxTheLinearTimeEngineCannotRunIsA400NamingTheField() {
        Api alice = Api.newUser();
        for (String pattern : List.of("(re)fund \\1", "refund(?=ed)", "(?<!no )refund", "a++", "((a{1000}){1000}){1000}")) {
            alice.post("/rules", regexRule("Refunds", 1, "x", pattern)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("conditions.keywords.regex"));
        }
        alice.get("/rules").statusCode(200).body("items", hasSize(0));
        String id = alice.createRule(regexRule("Refunds", 1, "x", "refund"));
        alice.put("/rules/" + id, regexRule("Refunds", 1, "x", "(re)fund \\1")).statusCode(400)
                .body("errors[0].field", equalTo("conditions.keywords.regex"))
                .body("errors[0].message", containsString("backreferences"));
        alice.patch("/rules/" + id, Map.of("conditions", Map.of("keywords", Map.of("regex", "(?=x)")))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.keywords.regex"));
        alice.get("/rules/" + id).statusCode(200).body("conditions.keywords.regex", equalTo("refund"));
    }

    @Test
    void aRequestAbovePatternWorkLimitIsRefusedBeforeAnyWorkAndWritesNothing() {
        Api alice = Api.newUser();
        // Weights (RE2 program size + 32): about 534 and 434, so ~970 units per character of content.
        alice.createRule(regexRule("Letters", 1, "Letters", "[a-z]{500}"));
        alice.createRule(regexRule("Digits", 2, "Digits", "\\d{400}"));
        Map<String, Object> first = message("a".repeat(1000));
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(first);
        while (messages.size() < 200) { // 200,000 characters: ~194 million units, the limit is 100 million
            messages.add(Api.fresh(first));
        }
        for (String dryRun : List.of("false", "true")) {
            alice.post("/evaluate/batch?dryRun=" + dryRun, Map.of("messages", messages)).statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:pulse:problem:evaluation-too-costly"))
                    .body("detail", containsString("100000000"));
        }
        alice.get("/log").statusCode(200).body("items", hasSize(0));
        // No cooldown was claimed either: the first message alone gets its reply, and a batch within the limit runs.
        alice.post("/evaluate", first).statusCode(200).body("reply", equalTo(true)).body("ruleName", equalTo("Letters"));
        alice.post("/evaluate/batch", Map.of("messages", messages.subList(1, 20))).statusCode(200)
                .body("results[0].reason", equalTo("cooldown"));
    }

    @Test
    void matchingAndRenderingRunOnAWorkerThreadWithNoTransactionOpen() {
        Api alice = Api.newUser();
        Map<String, Object> personalised = new HashMap<>(rule("Personal", 1, "Thanks for writing."));
        personalised.put("personalise", true);
        personalised.put("conditions", Map.of("keywords", Map.of("terms", List.of("hello"), "regex", "hel+o")));
        alice.createRule(personalised);
        List<ProbingReplyEngine.Observation> observations = ProbingReplyEngine.arm();
        try {
            alice.post("/evaluate", message("hello there")).statusCode(200).body("reply", equalTo(true));
            alice.post("/evaluate?dryRun=true", message("hello again")).statusCode(200).body("reply", equalTo(true));
            alice.post("/evaluate/batch", Map.of("messages", List.of(message("hello"), message("hello")))).statusCode(200);
        } finally {
            ProbingReplyEngine.disarm();
        }
        assertEquals(4, observations.size());
        for (ProbingReplyEngine.Observation seen : observations) {
            assertFalse(seen.onEventLoop(), "personalisation ran on the event loop");
            assertEquals(0, seen.tableLocksHeld(), "a transaction on the service's tables was open during matching and rendering");
        }
    }
}
