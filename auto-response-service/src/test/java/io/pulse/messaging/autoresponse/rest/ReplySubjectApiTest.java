package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The subject of email replies: the rule's replySubject, else "Re: <the message's subject>", else "Automatic reply"; none
 * on other channels.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ReplySubjectApiTest {

    /** Issue 14 and its review: the rule's own subject wins, else "Re: <subject>", else "Automatic reply". */
    @Test
    void emailRepliesCarryASubjectAndTheLogKeepsIt() {
        Api alice = Api.newUser();
        String plain = alice.createRule(keywordRule("Pricing", 10, "Our price list is at example.com/prices.", "price"));
        Map<String, Object> withSubject = with(message("What is the price?"), "subject", "Premium plan\r\nBcc: x@evil.example");
        String logId = alice.post("/evaluate", withSubject).statusCode(200).body("reply", equalTo(true))
                .body("subject", equalTo("Re: Premium plan Bcc: x@evil.example")).extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("subject", equalTo("Re: Premium plan Bcc: x@evil.example"));
        alice.post("/evaluate", with(with(message("price again?"), "subject", "RE: Premium plan"), "sender",
                Map.of("email", "ben@example.com"))).statusCode(200).body("subject", equalTo("RE: Premium plan"));
        alice.post("/evaluate", with(message("price?"), "sender", Map.of("email", "cleo@example.com"))).statusCode(200)
                .body("subject", equalTo("Automatic reply"));
        alice.post("/evaluate", with(with(message("price?"), "channel", "chat"), "sender", Map.of("email", "eve@example.com")))
                .statusCode(200).body("reply", equalTo(true)).body("subject", nullValue());

        alice.patch("/rules/" + plain, Map.of("replySubject", "Our prices")).statusCode(200);
        alice.get("/rules/" + plain).statusCode(200).body("replySubject", equalTo("Our prices"));
        alice.post("/evaluate", with(with(message("price?"), "subject", "Premium plan"), "sender", Map.of("email", "fay@example.com")))
                .statusCode(200).body("subject", equalTo("Our prices"));
        alice.post("/evaluate?dryRun=true", with(message("price?"), "sender", Map.of("email", "dan@example.com"))).statusCode(200)
                .body("subject", equalTo("Our prices"));
        alice.patch("/rules/" + plain, Map.of("replySubject", "two\nlines")).statusCode(400)
                .body("errors[0].field", equalTo("replySubject"));
        alice.patch("/rules/" + plain, Map.of("replySubject", "x".repeat(201))).statusCode(400);
    }

    /**
     * Review of issue 14: a NUL in the subject or the content must never reach PostgreSQL (a 500): the strict JSON reader
     * refuses U+0000 in any string with a 400 problem naming the field; other control characters in a subject are
     * removed before it is sent and stored.
     */
    @Test
    void controlCharactersNeverReachTheStore() {
        Api alice = Api.newUser();
        String rule = alice.createRule(keywordRule("Pricing", 10, "Our price list is at example.com/prices.", "price"));
        alice.post("/evaluate", with(message("What is the price?"), "subject", "Premium\u0000 plan")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("subject"));
        alice.post("/evaluate", with(message("price?\u0000"), "sender", Map.of("email", "nul@example.com"))).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("content"));
        alice.patch("/rules/" + rule, Map.of("replySubject", "Our\u0000 prices")).statusCode(400)
                .contentType("application/problem+json");
        String logId = alice.post("/evaluate", with(message("What is the price?"), "subject", "Premium\u0007 plan\u001b[0m"))
                .statusCode(200).body("subject", equalTo("Re: Premium plan[0m")).extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("subject", equalTo("Re: Premium plan[0m"));
        alice.patch("/rules/" + rule, Map.of("replySubject", "Our\u0007 prices")).statusCode(200);
        alice.get("/rules/" + rule).statusCode(200).body("replySubject", equalTo("Our prices"));
    }
}
