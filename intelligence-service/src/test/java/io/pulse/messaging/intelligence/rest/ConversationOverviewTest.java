package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The conversations overview: title and channel from the analysis, sentiment trend, filters, sorts and pages. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ConversationOverviewTest {

    private static final String OVERVIEW = "/api/intelligence/overview";

    private final UUID alice = UUID.randomUUID();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    static Map<String, Object> body(List<Map<String, Object>> messages, String title, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", messages);
        if (title != null) {
            body.put("title", title);
        }
        if (channel != null) {
            body.put("channel", channel);
        }
        return body;
    }

    /** One message every ten minutes from {@code start}, alternating between a customer and an agent. */
    static List<Map<String, Object>> thread(String prefix, Instant start, String... lines) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            messages.add(message(prefix + i, i % 2 == 0 ? "carla" : "dev", lines[i], start.plusSeconds(600L * i)));
        }
        return messages;
    }

    static List<Map<String, Object>> souring(String prefix, Instant start) {
        return thread(prefix, start, "The export is a bit slow today.", "Let me take a look.",
                "It now fails with a 500 error, this is terrible.", "Sorry, we are on it.",
                "This is a disaster, our customers are furious!!", "Honestly this is unacceptable, we are losing money.");
    }

    static List<Map<String, Object>> recovering(String prefix, Instant start) {
        return thread(prefix, start, "The invoice page is broken and this is really frustrating.", "Ugh, sorry, that is awful.",
                "Fixed now, thanks a lot!", "Great, it works perfectly, awesome support :)");
    }

    private ValidatableResponse overview(UUID user, Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.forUser(user)).queryParams(query).when().get(OVERVIEW).then();
    }

    @Test
    void titleAndChannelAreKeptAndShownInEveryView() {
        UUID conversation = UUID.randomUUID();
        Instant start = now.minus(2, ChronoUnit.HOURS);
        analyze(alice, conversation, body(recovering("r", start).subList(0, 2), "  Invoice page broken ", "Email")).statusCode(200)
                .body("title", equalTo("Invoice page broken")).body("channel", equalTo("email"));
        // a later analysis without them keeps them; one that gives a title replaces it (the latest given wins)
        analyze(alice, conversation, body(recovering("r", start).subList(2, 3), null, null)).statusCode(200)
                .body("title", equalTo("Invoice page broken")).body("channel", equalTo("email"));
        analyze(alice, conversation, body(recovering("r", start).subList(3, 4), "Invoice page fixed", null)).statusCode(200)
                .body("title", equalTo("Invoice page fixed")).body("channel", equalTo("email"))
                .body("sentimentTrend", equalTo("improving"));
        Conversations.get(alice, conversation).statusCode(200)
                .body("title", equalTo("Invoice page fixed")).body("channel", equalTo("email"))
                .body("sentimentTrend", equalTo("improving"));
        overview(alice, Map.of()).statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].conversationId", equalTo(conversation.toString()))
                .body("items[0].title", equalTo("Invoice page fixed"))
                .body("items[0].channel", equalTo("email"))
                .body("items[0].messageCount", equalTo(4))
                .body("items[0].lastActivityAt", equalTo(start.plusSeconds(1800).toString()))
                .body("items[0].sentimentTrend", equalTo("improving"))
                .body("mostNegative[0].title", equalTo("Invoice page fixed"))
                .body("nextCursor", nullValue());
    }

    @Test
    void anInvalidTitleOrChannelIsRefusedAndNothingStored() {
        UUID conversation = UUID.randomUUID();
        List<Map<String, Object>> messages = recovering("x", now.minus(1, ChronoUnit.HOURS));
        for (Map<String, Object> bad : List.of(body(messages, "   ", null), body(messages, "t".repeat(201), null),
                body(messages, "ok", "e mail"), body(messages, "ok", "x".repeat(33)), body(messages, "ok", "-chat"))) {
            analyze(alice, conversation, bad).statusCode(400).contentType("application/problem+json");
        }
        Conversations.get(alice, conversation).statusCode(404);
    }

    @Test
    void negativeAndDecliningThisWeekIsOneCall() {
        UUID sour = UUID.randomUUID();
        UUID sourLastMonth = UUID.randomUUID();
        UUID recovered = UUID.randomUUID();
        UUID sourChat = UUID.randomUUID();
        analyze(alice, sour, body(souring("s", now.minus(1, ChronoUnit.DAYS)), "Export fails", "email")).statusCode(200)
                .body("sentiment.label", equalTo("negative")).body("sentimentTrend", equalTo("declining"));
        analyze(alice, sourLastMonth, body(souring("o", now.minus(30, ChronoUnit.DAYS)), "Old export issue", "email")).statusCode(200);
        analyze(alice, recovered, body(recovering("r", now.minus(2, ChronoUnit.DAYS)), "Invoice page", "email")).statusCode(200);
        analyze(alice, sourChat, body(souring("c", now.minus(3, ChronoUnit.HOURS)), "Dashboard down", "chat")).statusCode(200);

        overview(alice, Map.of("sentiment", "negative", "trend", "declining", "activeWithin", "P7D")).statusCode(200)
                .body("items.conversationId", contains(sourChat.toString(), sour.toString()))
                .body("conversations", equalTo(4));
        overview(alice, Map.of("sentiment", "negative", "trend", "declining", "activeWithin", "P7D", "channel", "EMAIL"))
                .statusCode(200).body("items.conversationId", contains(sour.toString()));
        overview(alice, Map.of("since", now.minus(40, ChronoUnit.DAYS).toString(), "trend", "declining", "order", "asc"))
                .statusCode(200).body("items.conversationId", contains(sourLastMonth.toString(), sour.toString(), sourChat.toString()));
        overview(alice, Map.of("title", "EXPORT")).statusCode(200)
                .body("items.conversationId", contains(sour.toString(), sourLastMonth.toString()));
        overview(alice, Map.of("trend", "improving,stable")).statusCode(200).body("items.conversationId", contains(recovered.toString()));
        // sorted by trend, the most declining first; by sentiment descending, the most positive first
        overview(alice, Map.of("sort", "trend")).statusCode(200).body("items[3].conversationId", equalTo(recovered.toString()));
        overview(alice, Map.of("sort", "sentiment", "order", "desc")).statusCode(200)
                .body("items[0].conversationId", equalTo(recovered.toString()));
    }

    @Test
    void everySortPagesThroughTheSameOrderWithItsCursor() {
        for (int i = 0; i < 5; i++) {
            analyze(alice, UUID.randomUUID(), body(i % 2 == 0 ? souring("p" + i, now.minus(i + 1, ChronoUnit.DAYS))
                    : recovering("p" + i, now.minus(i + 1, ChronoUnit.DAYS)), "Conversation " + i, null)).statusCode(200);
        }
        for (String sort : List.of("lastActivity", "sentiment", "trend", "openFollowUps")) {
            for (String order : List.of("asc", "desc")) {
                List<String> all = overview(alice, Map.of("sort", sort, "order", order)).statusCode(200)
                        .body("items", hasSize(5)).extract().path("items.conversationId");
                List<String> paged = new ArrayList<>();
                String cursor = null;
                do {
                    Map<String, Object> query = new LinkedHashMap<>(Map.of("sort", sort, "order", order, "limit", 2));
                    if (cursor != null) {
                        query.put("cursor", cursor);
                    }
                    ValidatableResponse page = overview(alice, query).statusCode(200);
                    paged.addAll(page.extract().path("items.conversationId"));
                    cursor = page.extract().path("nextCursor");
                } while (cursor != null && paged.size() < 10);
                assertEquals(all, paged, sort + " " + order);
            }
        }
        String cursor = overview(alice, Map.of("sort", "sentiment", "limit", 2)).extract().path("nextCursor");
        assertNotNull(cursor);
        overview(alice, Map.of("sort", "trend", "cursor", cursor)).statusCode(400).contentType("application/problem+json");
        overview(alice, Map.of("sort", "sentiment", "order", "desc", "cursor", cursor)).statusCode(400);
    }

    @Test
    void badSortsAndFiltersAre400Problems() {
        List<Map<String, String>> bad = List.of(Map.of("sort", "colour"), Map.of("order", "up"), Map.of("sentiment", "angry"),
                Map.of("trend", "down"), Map.of("channel", "e mail"), Map.of("since", "yesterday"),
                Map.of("activeWithin", "7 days"), Map.of("activeWithin", "-P7D"),
                Map.of("since", now.toString(), "activeWithin", "P7D"), Map.of("hasOpenFollowUps", "maybe"),
                Map.of("cursor", "bm90IGEgY3Vyc29y"), Map.of("limit", "0"), Map.of("title", "t".repeat(201)),
                Map.of("title", "export\u0000"));
        for (Map<String, String> query : bad) {
            overview(alice, query).statusCode(400).contentType("application/problem+json");
        }
        overview(alice, Map.of("sort", "colour", "trend", "down")).statusCode(400).body("errors.field", hasItem("trend"));
    }

    @Test
    void anotherUsersConversationsAreNeverListed() {
        UUID bob = UUID.randomUUID();
        analyze(alice, UUID.randomUUID(), body(souring("i", now.minus(1, ChronoUnit.HOURS)), "Alice's export", "email"))
                .statusCode(200);
        overview(bob, Map.of()).statusCode(200).body("items", hasSize(0)).body("conversations", equalTo(0));
        overview(bob, Map.of("title", "export", "channel", "email")).statusCode(200).body("items", hasSize(0));
        overview(alice, Map.of("title", "export")).statusCode(200).body("items", hasSize(1));
    }
}
