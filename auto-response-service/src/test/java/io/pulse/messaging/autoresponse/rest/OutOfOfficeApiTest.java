package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OutOfOfficeApiTest {

    private static Map<String, Object> holiday() {
        Map<String, Object> ooo = new HashMap<>();
        ooo.put("from", "2026-07-01T00:00:00+02:00");
        ooo.put("until", "2026-07-15T00:00:00+02:00");
        ooo.put("message", "Hi {{sender.firstName | \"there\"}}, I'm away until {{returnDate}}.");
        ooo.put("internalMessage", "On holiday until {{returnDate}}; Carol covers for me.");
        ooo.put("timeZone", "Europe/Paris");
        return ooo;
    }

    /** Issue 14: the greeting used the owner's zone ("Good evening" to a sender in the morning). */
    @Test
    void theGreetingIsInTheSendersTimeOfDayAndNeutralWhenUnknown() {
        Api alice = Api.newUser();
        Map<String, Object> ooo = new HashMap<>();
        ooo.put("from", "2026-12-01T00:00:00+01:00");
        ooo.put("until", "2026-12-20T00:00:00+01:00");
        ooo.put("message", "I'm away until {{returnDate}}.");
        ooo.put("timeZone", "Europe/Paris");
        ooo.put("personalise", true);
        ooo.put("replySubject", "Out of office");
        alice.put("/out-of-office", ooo).statusCode(200).body("replySubject", equalTo("Out of office"));
        // 08:15 in New York is 14:15 in Paris (the owner's zone): the sender is greeted for their morning.
        alice.post("/evaluate", with(message("Are you there?"), "sentAt", "2026-12-04T08:15:00-05:00")).statusCode(200)
                .body("text", equalTo("Good morning, Anna!\n\nI'm away until Sunday 20 December 2026.\n\nThanks,\nBob"))
                .body("subject", equalTo("Out of office"));
        alice.post("/evaluate", with(with(message("Still away?"), "sentAt", "2026-12-04T19:30:00Z"), "subject", "Invoice 12"))
                .statusCode(200).body("text", equalTo("Hi Anna!\n\nI'm away until Sunday 20 December 2026.\n\nThanks,\nBob"))
                .body("subject", equalTo("Out of office")); // the rule's own subject wins, as vacation responders do
        ooo.put("personalise", false);
        ooo.put("message", "{{greeting}} {{sender.firstName}}, I'm away until {{returnDate}}.");
        alice.put("/out-of-office", ooo).statusCode(200);
        alice.post("/evaluate", with(message("hello?"), "sentAt", "2026-12-04T21:10:00+09:00")).statusCode(200)
                .body("text", equalTo("Good evening Anna, I'm away until Sunday 20 December 2026."));
        alice.post("/evaluate", with(message("hello again?"), "sentAt", "2026-12-04T12:10:00Z")).statusCode(200)
                .body("text", equalTo("Hello Anna, I'm away until Sunday 20 December 2026."));
    }

    @Test
    void oneOutOfOfficeRuleAnswersInItsDateRangeWithTheReturnDate() {
        Api alice = Api.newUser();
        alice.get("/out-of-office").statusCode(404);
        String ruleId = alice.put("/out-of-office", holiday()).statusCode(200)
                .body("enabled", equalTo(true)).body("active", equalTo(false)).body("priority", equalTo(0))
                .body("audience", equalTo("everyone")).body("cooldownMinutes", equalTo(1440))
                .extract().path("ruleId");
        // A second PUT replaces the same rule, it never adds another.
        alice.put("/out-of-office", with(holiday(), "audience", "known_contacts")).statusCode(200).body("ruleId", equalTo(ruleId));
        alice.get("/out-of-office").statusCode(200).body("audience", equalTo("known_contacts")).body("updatedAt", notNullValue());
        alice.get("/rules?kind=out_of_office").statusCode(200).body("items.id", contains(ruleId));
        alice.put("/out-of-office", holiday()).statusCode(200);

        Map<String, Object> during = with(message("Are you there?"), "sentAt", "2026-07-03T09:00:00+02:00");
        alice.post("/evaluate", during).statusCode(200).body("reply", equalTo(true)).body("ruleId", equalTo(ruleId))
                .body("text", equalTo("Hi Anna, I'm away until Wednesday 15 July 2026."));
        Map<String, Object> colleague = with(with(message("lunch?"), "sentAt", "2026-07-03T09:00:00+02:00"), "internalSender", true);
        alice.post("/evaluate", colleague).statusCode(200)
                .body("text", equalTo("On holiday until Wednesday 15 July 2026; Carol covers for me."));
        alice.post("/evaluate", with(message("back?"), "sentAt", "2026-07-15T00:00:00+02:00")).statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("no_rule_matched"));
        alice.post("/evaluate", with(message("early"), "sentAt", "2026-06-30T23:59:59+02:00")).statusCode(200)
                .body("reply", equalTo(false));
    }

    @Test
    void outOfOfficeComesBeforeOrdinaryRulesAndRespectsTheAudience() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 10, "Prices...", "price"));
        Map<String, Object> ooo = with(holiday(), "audience", "internal_only");
        alice.put("/out-of-office", ooo).statusCode(200);
        Map<String, Object> external = with(message("price?"), "sentAt", "2026-07-03T09:00:00+02:00");
        alice.post("/evaluate", external).statusCode(200).body("ruleName", equalTo("Pricing"));
        alice.post("/evaluate", with(with(message("price?"), "sentAt", "2026-07-03T09:00:00+02:00"), "internalSender", true))
                .statusCode(200).body("ruleName", equalTo("Out of office"));
    }

    @Test
    void activeFollowsTheClockAndDeleteRemovesIt() {
        Api alice = Api.newUser();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> ooo = with(with(holiday(), "from", now.minusDays(1).toString()), "until", now.plusDays(30).toString());
        alice.put("/out-of-office", ooo).statusCode(200).body("active", equalTo(true));
        alice.put("/out-of-office", with(ooo, "enabled", false)).statusCode(200).body("active", equalTo(false));
        alice.delete("/out-of-office").statusCode(204);
        alice.get("/out-of-office").statusCode(404);
        alice.delete("/out-of-office").statusCode(404);
        alice.get("/rules").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void invalidSettingsAre400AndChangeNothing() {
        Api alice = Api.newUser();
        alice.put("/out-of-office", holiday()).statusCode(200);
        alice.put("/out-of-office", with(holiday(), "message", "Back on {{returnDay}}")).statusCode(400)
                .body("errors[0].field", equalTo("message"));
        alice.put("/out-of-office", with(holiday(), "internalMessage", "{{user.name")).statusCode(400)
                .body("errors[0].field", equalTo("internalMessage"));
        alice.put("/out-of-office", with(holiday(), "until", "2026-06-01T00:00:00Z")).statusCode(400)
                .body("errors[0].field", equalTo("until"));
        alice.put("/out-of-office", with(holiday(), "timeZone", "Europe/Atlantis")).statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        alice.put("/out-of-office", with(holiday(), "audience", "friends")).statusCode(400)
                .body("errors[0].field", equalTo("audience"));
        Map<String, Object> noMessage = holiday();
        noMessage.remove("message");
        alice.put("/out-of-office", noMessage).statusCode(400).body("errors[0].field", equalTo("message"));
        alice.get("/out-of-office").statusCode(200)
                .body("message", equalTo("Hi {{sender.firstName | \"there\"}}, I'm away until {{returnDate}}."))
                .body("timeZone", equalTo("Europe/Paris"));
    }
}
