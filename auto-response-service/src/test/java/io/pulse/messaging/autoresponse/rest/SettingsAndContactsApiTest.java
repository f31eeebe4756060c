package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 18: the user's own domains make senders internal; the user's contacts make senders known contacts. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SettingsAndContactsApiTest {

    private static Map<String, Object> from(String email, String content) {
        Map<String, Object> message = message(content);
        message.put("sender", new HashMap<>(Map.of("name", "Anna Müller", "email", email)));
        return message;
    }

    private static Map<String, Object> audienceRule(String name, String audience) {
        Map<String, Object> rule = rule(name, 10, name + " answers.");
        rule.put("conditions", Map.of("audience", audience));
        rule.put("cooldownMinutes", 0);
        return rule;
    }

    @Test
    void aSenderFromOneOfTheUsersDomainsOrASubdomainIsInternal() {
        Api alice = Api.newUser();
        alice.get("/settings").statusCode(200).body("internalDomains", hasSize(0)).body("updatedAt", nullValue());
        Map<String, Object> internal = audienceRule("Colleagues", "internal_only");
        internal.put("internalTemplate", "Hi colleague.");
        alice.createRule(internal);
        alice.post("/evaluate", from("carol@eu.example.com", "hi")).statusCode(200).body("reply", equalTo(false))
                .body("reason", equalTo("audience")).body("detail", containsString("Colleagues"))
                .body("audience.group", equalTo("external"));

        alice.put("/settings", Map.of("internalDomains", List.of("Example.COM", "example.com", "corp.example.org"))).statusCode(200)
                .body("internalDomains", equalTo(List.of("example.com", "corp.example.org"))).body("updatedAt", notNullValue());
        alice.get("/settings").statusCode(200).body("internalDomains", equalTo(List.of("example.com", "corp.example.org")));

        alice.post("/evaluate", from("carol@eu.example.com", "hi")).statusCode(200).body("reply", equalTo(true))
                .body("text", equalTo("Hi colleague.")).body("audience.group", equalTo("internal"))
                .body("audience.because", containsString("eu.example.com is a subdomain of example.com"));
        alice.post("/evaluate", from("dan@CORP.example.org", "hi")).statusCode(200).body("reply", equalTo(true));
        // Not a subdomain: a domain that only ends with the same letters.
        alice.post("/evaluate", from("eve@notexample.com", "hi")).statusCode(200).body("reply", equalTo(false));
        // The caller's flag still counts: a yes from either side makes the sender internal.
        alice.post("/evaluate", with(from("fay@elsewhere.net", "hi"), "internalSender", true)).statusCode(200)
                .body("reply", equalTo(true)).body("audience.because", containsString("internalSender flag"));
    }

    @Test
    void invalidDomainsAre400AndChangeNothing() {
        Api alice = Api.newUser();
        alice.put("/settings", Map.of("internalDomains", List.of("example.com"))).statusCode(200);
        for (Object bad : List.of("not a domain", "-bad.example.com", "example", "a@b.com", "exa_mple.com", "example.123")) {
            alice.put("/settings", Map.of("internalDomains", List.of("ok.example.org", bad))).statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(containsString("internalDomains")));
        }
        alice.put("/settings", Map.of()).statusCode(400);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("d" + i + ".example.com");
        }
        alice.put("/settings", Map.of("internalDomains", tooMany)).statusCode(400);
        alice.get("/settings").statusCode(200).body("internalDomains", equalTo(List.of("example.com")));
    }

    @Test
    void aSenderListedInTheContactsByAddressOrIdIsAKnownContact() {
        Api alice = Api.newUser();
        alice.createRule(audienceRule("Contacts", "known_contacts"));
        alice.post("/evaluate", from("anna@partner.example.org", "hi")).statusCode(200).body("reply", equalTo(false))
                .body("reason", equalTo("audience"));

        String anna = alice.post("/contacts", Map.of("email", "Anna@Partner.example.org", "name", "Anna Müller")).statusCode(201)
                .body("email", equalTo("anna@partner.example.org")).extract().path("id");
        alice.post("/evaluate", from("ANNA@partner.example.org", "hi")).statusCode(200).body("reply", equalTo(true))
                .body("audience.knownContact", equalTo(true)).body("audience.because", containsString("in your contacts"));

        UUID ben = UUID.randomUUID();
        alice.post("/contacts", Map.of("senderId", ben.toString())).statusCode(201);
        Map<String, Object> fromBen = message("hi");
        fromBen.put("sender", Map.of("id", ben.toString(), "name", "Ben"));
        alice.post("/evaluate", fromBen).statusCode(200).body("reply", equalTo(true));

        alice.delete("/contacts/" + anna).statusCode(204);
        alice.delete("/contacts/" + anna).statusCode(404);
        alice.post("/evaluate", from("anna@partner.example.org", "hi")).statusCode(200).body("reply", equalTo(false));
        // The caller's flag, as before.
        alice.post("/evaluate", with(from("anna@partner.example.org", "hi"), "knownContact", true)).statusCode(200).body("reply", equalTo(true));
    }

    @Test
    void contactsAreValidatedAndADuplicateIs409() {
        Api alice = Api.newUser();
        alice.post("/contacts", Map.of("name", "Nobody")).statusCode(400).contentType("application/problem+json");
        alice.post("/contacts", Map.of("email", "not-an-address")).statusCode(400);
        alice.post("/contacts", Map.of("email", "a@example.com", "name", "two\nlines")).statusCode(400);
        alice.post("/contacts", Map.of("senderId", "not-a-uuid")).statusCode(400);
        alice.post("/contacts", Map.of("email", "a@example.com")).statusCode(201);
        alice.post("/contacts", Map.of("email", "A@example.com")).statusCode(409).contentType("application/problem+json");
        alice.get("/contacts").statusCode(200).body("items", hasSize(1));
    }

    @Test
    void contactsPageNewestFirstAndSearchByAddressOrNamePrefix() {
        Api alice = Api.newUser();
        alice.post("/contacts", Map.of("email", "zoe@example.com", "name", "Zoë Zed")).statusCode(201);
        alice.post("/contacts", Map.of("email", "anna@example.com", "name", "Anna Müller")).statusCode(201);
        alice.post("/contacts", Map.of("email", "bob@example.com", "name", "Robert 100%_ Stone")).statusCode(201);
        List<String> first = alice.get("/contacts?limit=2").statusCode(200).body("items", hasSize(2))
                .body("nextCursor", notNullValue()).extract().path("items.email");
        String cursor = alice.get("/contacts?limit=2").extract().path("nextCursor");
        alice.get("/contacts?limit=2&cursor=" + cursor).statusCode(200).body("items.email", equalTo(List.of("zoe@example.com")))
                .body("nextCursor", nullValue());
        org.junit.jupiter.api.Assertions.assertEquals(List.of("bob@example.com", "anna@example.com"), first);
        alice.get("/contacts?q=AN").statusCode(200).body("items.email", equalTo(List.of("anna@example.com")));
        alice.get("/contacts?q=zo").statusCode(200).body("items.email", equalTo(List.of("zoe@example.com")));
        alice.get("/contacts?q=rob").statusCode(200).body("items.email", equalTo(List.of("bob@example.com")));
        alice.get("/contacts?q=%25").statusCode(200).body("items", hasSize(0)); // % is a character, not a wildcard
        alice.get("/contacts?cursor=garbage").statusCode(400);
    }

    @Test
    void importAddsThoseNotListedAndCountsThem() {
        Api alice = Api.newUser();
        alice.post("/contacts", Map.of("email", "anna@example.com")).statusCode(201);
        UUID id = UUID.randomUUID();
        List<Map<String, Object>> contacts = List.of(Map.of("email", "ANNA@example.com"), Map.of("email", "ben@example.com"),
                Map.of("email", "ben@example.com", "name", "again"), Map.of("senderId", id.toString()));
        alice.post("/contacts/import", Map.of("contacts", contacts)).statusCode(200).body("added", equalTo(2))
                .body("alreadyListed", equalTo(2));
        alice.get("/contacts").statusCode(200).body("items", hasSize(3));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("email", "c" + i + "@example.com"));
        }
        alice.post("/contacts/import", Map.of("contacts", tooMany)).statusCode(400);
        alice.post("/contacts/import", Map.of("contacts", List.of(Map.of("email", "ok@example.com"), Map.of("name", "x")))).statusCode(400);
        alice.get("/contacts").statusCode(200).body("items", hasSize(3));
    }

    @Test
    void anotherUsersContactsAndSettingsAreInvisibleAndCountForNothing() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String contact = alice.post("/contacts", Map.of("email", "anna@partner.example.org")).statusCode(201).extract().path("id");
        alice.put("/settings", Map.of("internalDomains", List.of("example.com"))).statusCode(200);
        bob.get("/contacts/" + contact).statusCode(404).contentType("application/problem+json");
        bob.delete("/contacts/" + contact).statusCode(404);
        bob.get("/contacts").statusCode(200).body("items", hasSize(0));
        bob.get("/settings").statusCode(200).body("internalDomains", hasSize(0));
        bob.createRule(audienceRule("Bob's contacts", "known_contacts"));
        bob.createRule(audienceRule("Bob's colleagues", "internal_only"));
        bob.post("/evaluate", from("anna@partner.example.org", "hi")).statusCode(200).body("reply", equalTo(false));
        bob.post("/evaluate", from("carol@example.com", "hi")).statusCode(200).body("reply", equalTo(false));
        alice.get("/contacts/" + contact).statusCode(200);
    }
}
