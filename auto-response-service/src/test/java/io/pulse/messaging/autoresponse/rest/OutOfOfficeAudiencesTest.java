package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 18: Outlook's two audiences at once, inside (everyone / nobody) and outside (everyone / contacts only / nobody). */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OutOfOfficeAudiencesTest {

    private static final String DURING = "2026-07-03T09:00:00+02:00";

    private static Map<String, Object> away(String internal, String external) {
        Map<String, Object> ooo = new HashMap<>();
        ooo.put("from", "2026-07-01T00:00:00+02:00");
        ooo.put("until", "2026-07-15T00:00:00+02:00");
        ooo.put("message", "I am away until {{returnDate}}.");
        ooo.put("internalMessage", "On holiday; Carol covers for me.");
        ooo.put("timeZone", "Europe/Paris");
        ooo.put("cooldownMinutes", 0);
        ooo.put("replySubject", "Out of office");
        if (internal != null) {
            ooo.put("internalAudience", internal);
        }
        if (external != null) {
            ooo.put("externalAudience", external);
        }
        return ooo;
    }

    private static Map<String, Object> from(String email, String channel) {
        Map<String, Object> message = with(message("Are you there?"), "sentAt", DURING);
        message.put("sender", new HashMap<>(Map.of("name", "Anna Müller", "email", email)));
        message.put("channel", channel);
        return message;
    }

    @Test
    void internalAndExternalSendersGetTheirOwnTextAndAudienceAtOnce() {
        Api alice = Api.newUser();
        alice.put("/settings", Map.of("internalDomains", List.of("example.com"))).statusCode(200);
        alice.post("/contacts", Map.of("email", "anna@partner.example.org")).statusCode(201);
        alice.put("/out-of-office", away("everyone", "contacts_only")).statusCode(200)
                .body("internalAudience", equalTo("everyone")).body("externalAudience", equalTo("contacts_only"))
                .body("audience", equalTo("known_contacts"));

        alice.post("/evaluate", from("carol@example.com", "email")).statusCode(200).body("reply", equalTo(true))
                .body("text", equalTo("On holiday; Carol covers for me.")).body("audience.group", equalTo("internal"))
                .body("subject", equalTo("Out of office"));
        alice.post("/evaluate", from("anna@partner.example.org", "email")).statusCode(200).body("reply", equalTo(true))
                .body("text", equalTo("I am away until Wednesday 15 July 2026.")).body("audience.group", equalTo("external"))
                .body("audience.knownContact", equalTo(true));
        alice.post("/evaluate", from("stranger@elsewhere.net", "email")).statusCode(200).body("reply", equalTo(false))
                .body("reason", equalTo("audience"))
                .body("detail", containsString("Out of office"))
                .body("detail", containsString("external, not a known contact"))
                .body("audience.group", equalTo("external")).body("audience.knownContact", equalTo(false));
        // The subject is for email only: a chat reply has none.
        alice.post("/evaluate", from("carol@example.com", "chat")).statusCode(200).body("reply", equalTo(true))
                .body("subject", nullValue());

        alice.put("/out-of-office", away("nobody", "everyone")).statusCode(200).body("audience", equalTo("external_only"));
        alice.post("/evaluate", from("carol@example.com", "email")).statusCode(200).body("reply", equalTo(false))
                .body("reason", equalTo("audience")).body("detail", containsString("sender is internal"));
        alice.post("/evaluate", from("stranger@elsewhere.net", "email")).statusCode(200).body("reply", equalTo(true))
                .body("text", equalTo("I am away until Wednesday 15 July 2026."));

        alice.put("/out-of-office", away("everyone", "nobody")).statusCode(200).body("audience", equalTo("internal_only"));
        alice.post("/evaluate", from("anna@partner.example.org", "email")).statusCode(200).body("reply", equalTo(false))
                .body("reason", equalTo("audience"));
    }

    @Test
    void theSingleAudienceOfEarlierClientsMapsOntoThePair() {
        Api alice = Api.newUser();
        Map<String, Object> legacy = away(null, null);
        alice.put("/out-of-office", legacy).statusCode(200)
                .body("audience", equalTo("everyone")).body("internalAudience", equalTo("everyone")).body("externalAudience", equalTo("everyone"));
        alice.put("/out-of-office", with(legacy, "audience", "internal_only")).statusCode(200)
                .body("internalAudience", equalTo("everyone")).body("externalAudience", equalTo("nobody"));
        alice.put("/out-of-office", with(legacy, "audience", "known_contacts")).statusCode(200)
                .body("internalAudience", equalTo("everyone")).body("externalAudience", equalTo("contacts_only"));
        // Both, saying the same: accepted (what a client sends back after a GET); saying different things: 400, nothing changed.
        alice.put("/out-of-office", with(away("everyone", "contacts_only"), "audience", "known_contacts")).statusCode(200);
        alice.put("/out-of-office", with(away("nobody", "everyone"), "audience", "everyone")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("audience"));
        alice.put("/out-of-office", away("sometimes", null)).statusCode(400);
        alice.put("/out-of-office", away(null, "friends")).statusCode(400);
        alice.get("/out-of-office").statusCode(200).body("externalAudience", equalTo("contacts_only"));
        // Only one of the pair: the other is everyone.
        alice.put("/out-of-office", away(null, "contacts_only")).statusCode(200).body("internalAudience", equalTo("everyone"));
    }

    @Test
    void aDryRunExplainsTheAudienceVerdict() {
        Api alice = Api.newUser();
        alice.put("/out-of-office", away("nobody", "everyone")).statusCode(200);
        alice.post("/evaluate?dryRun=true", with(from("carol@example.com", "email"), "internalSender", true)).statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("audience"))
                .body("explanation[0].conditions.find { it.condition == 'audience' }.reason",
                        equalTo("sender is internal, and the rule answers only external senders"));
    }
}
