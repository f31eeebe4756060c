package io.pulse.messaging.local;

import static io.pulse.messaging.local.AutoResponseChecks.EVALUATE;
import static io.pulse.messaging.local.AutoResponseChecks.RULES;
import static io.pulse.messaging.local.AutoResponseChecks.message;
import static io.pulse.messaging.local.CheckFailure.require;
import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Auto-response's saved replies (canned responses) and an out-of-office as Outlook's: the user's own domains, known
 * contacts, separate texts and audiences inside and outside the organisation. Runs last of the auto-response checks:
 * the out-of-office answers every message before the user's rules.
 */
final class OutOfOfficeChecks implements FeatureChecks.Group {

    static final String PREFIX = "/api/auto-responses";

    @Override
    public String title() {
        return "auto-response-service: canned responses and out-of-office";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a rule replying with a canned response sends its latest text; a canned response in use is not deleted",
                () -> cannedResponse(owner, other));
        registry.check("out-of-office: colleagues (by the user's domain) get the internal text, contacts the external one, "
                + "strangers nothing", () -> outOfOffice(owner));
    }

    private static void cannedResponse(CheckUser owner, CheckUser other) {
        String library = PREFIX + "/canned-responses";
        JsonObject canned = owner.ok("POST", library, new JsonObject().put("name", "Quote")
                .put("template", "Hi {{sender.firstName | \"there\"}}, the quote is on its way."));
        String id = canned.getString("id");
        other.expect(404, "GET", library + "/" + id, null);
        owner.ok("POST", RULES, new JsonObject().put("name", "Quotes").put("cannedResponseId", id)
                .put("conditions", RuleActionChecks.keywords("quote")));
        JsonObject first = owner.ok("POST", EVALUATE, message("Could you send me a quote?", "chat"));
        require(first.getString("text", "").contains("the quote is on its way"), "the canned response's text: " + first);
        owner.ok("PUT", library + "/" + id, new JsonObject().put("name", "Quote")
                .put("template", "Hi {{sender.firstName | \"there\"}}, your quote will arrive within a day."));
        JsonObject second = owner.ok("POST", EVALUATE, message("Another quote request, please", "chat"));
        require(second.getString("text", "").contains("within a day"), "the edited canned response's text: " + second);
        owner.expect(409, "DELETE", library + "/" + id, null);
    }

    private static void outOfOffice(CheckUser owner) {
        owner.ok("PUT", PREFIX + "/settings", new JsonObject().put("internalDomains", new JsonArray().add("acme.example")));
        String contact = "kim." + UUID.randomUUID() + "@partner.example";
        owner.ok("POST", PREFIX + "/contacts", new JsonObject().put("email", contact).put("name", "Kim Partner"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        owner.ok("PUT", PREFIX + "/out-of-office", new JsonObject().put("enabled", true)
                .put("from", now.minusHours(1).toString()).put("until", now.plusDays(3).toString())
                .put("message", "I'm away until {{returnDate}}.").put("internalMessage", "On leave; Carol covers for me.")
                .put("internalAudience", "everyone").put("externalAudience", "contacts_only"));
        JsonObject colleague = owner.ok("POST", EVALUATE, message("Lunch tomorrow?", "chat", "bo." + UUID.randomUUID() + "@eu.acme.example"));
        requireEqual(Boolean.TRUE, colleague.getBoolean("reply"), "a reply to a colleague");
        require(colleague.getString("text", "").contains("Carol covers"), "a colleague gets the internal text: " + colleague);
        JsonObject known = owner.ok("POST", EVALUATE, message("Status of our contract?", "email", contact));
        require(known.getString("text", "").contains("I'm away until"), "a known contact gets the external text: " + known);
        require(known.getString("subject") != null, "an email reply has a subject: " + known);
        JsonObject stranger = owner.ok("POST", EVALUATE, message("Hello there", "email"));
        require(!Boolean.TRUE.equals(stranger.getBoolean("reply")), "a stranger gets no reply when only contacts do: " + stranger);
        owner.ok("DELETE", PREFIX + "/out-of-office", null);
    }
}
