package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The subject of email replies: "Re: <the message's subject>", else the rule's replySubject; none on other channels. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ReplySubjectApiTest {

    /** Issue 14: email replies had no subject. */
    @Test
    void emailRepliesCarryASubjectAndTheLogKeepsIt() {
        Api alice = Api.newUser();
        Map<String, Object> rule = keywordRule("Pricing", 10, "Our price list is at example.com/prices.", "price");
        rule.put("replySubject", "Our prices");
        String ruleId = alice.createRule(rule);
        alice.get("/rules/" + ruleId).statusCode(200).body("replySubject", equalTo("Our prices"));
        Map<String, Object> withSubject = with(message("What is the price?"), "subject", "Premium plan\r\nBcc: x@evil.example");
        String logId = alice.post("/evaluate", withSubject).statusCode(200).body("reply", equalTo(true))
                .body("subject", equalTo("Re: Premium plan Bcc: x@evil.example")).extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("subject", equalTo("Re: Premium plan Bcc: x@evil.example"));
        alice.post("/evaluate", with(with(message("price again?"), "subject", "RE: Premium plan"), "sender",
                Map.of("email", "ben@example.com"))).statusCode(200).body("subject", equalTo("RE: Premium plan"));
        alice.post("/evaluate", with(message("price?"), "sender", Map.of("email", "cleo@example.com"))).statusCode(200)
                .body("subject", equalTo("Our prices"));
        alice.post("/evaluate?dryRun=true", with(message("price?"), "sender", Map.of("email", "dan@example.com"))).statusCode(200)
                .body("subject", equalTo("Our prices"));
        alice.post("/evaluate", with(with(message("price?"), "channel", "chat"), "sender", Map.of("email", "eve@example.com")))
                .statusCode(200).body("reply", equalTo(true)).body("subject", nullValue());
        alice.patch("/rules/" + ruleId, Map.of("replySubject", "two\nlines")).statusCode(400)
                .body("errors[0].field", equalTo("replySubject"));
        alice.patch("/rules/" + ruleId, Map.of("replySubject", "x".repeat(201))).statusCode(400);
    }
}
