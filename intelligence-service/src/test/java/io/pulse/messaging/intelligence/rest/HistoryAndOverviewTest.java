package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.pulse.messaging.intelligence.rest.Conversations.souringThread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class HistoryAndOverviewTest {

    private final UUID alice = UUID.randomUUID();
    private final Instant day = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

    @Test
    void sentimentHistoryIsAggregatedByHourAndByDay() {
        UUID conversation = UUID.randomUUID();
        Instant ten = day.plus(10, ChronoUnit.HOURS);
        analyze(alice, conversation, List.of(
                message("h1", "alice", "This is wonderful news, thank you!", ten.plusSeconds(5 * 60)),
                message("h2", "bob", "Great, happy to help :)", ten.plusSeconds(40 * 60)),
                message("h3", "alice", "The upload failed again, this is terrible.", ten.plusSeconds(70 * 60)),
                message("h4", "bob", "The meeting is in room 4.", ten.plus(1, ChronoUnit.DAYS)))).statusCode(200);
        String history = "/api/intelligence/conversations/" + conversation + "/sentiment-history";

        given().auth().oauth2(TestTokens.forUser(alice))
                .queryParam("bucket", "hour").queryParam("from", day.toString()).queryParam("to", day.plus(2, ChronoUnit.DAYS).toString())
                .when().get(history)
                .then().statusCode(200)
                .body("bucket", equalTo("hour"))
                .body("points", hasSize(3))
                .body("points.start", contains(ten.toString(), ten.plus(1, ChronoUnit.HOURS).toString(), ten.plus(1, ChronoUnit.DAYS).toString()))
                .body("points.messages", contains(2, 1, 1))
                .body("points[0].positive", equalTo(2))
                .body("points[0].averageScore", greaterThan(0.5f))
                .body("points[1].negative", equalTo(1))
                .body("points[1].averageScore", lessThan(-0.3f))
                .body("points[2].neutral", equalTo(1));

        given().auth().oauth2(TestTokens.forUser(alice))
                .queryParam("bucket", "day").queryParam("from", day.toString()).queryParam("to", day.plus(2, ChronoUnit.DAYS).toString())
                .when().get(history)
                .then().statusCode(200)
                .body("points.start", contains(day.toString(), day.plus(1, ChronoUnit.DAYS).toString()))
                .body("points.messages", contains(3, 1))
                .body("points[0].minScore", lessThan(-0.3f))
                .body("points[0].maxScore", greaterThan(0.5f));

        // the range is half-open and filters by the message's time
        given().auth().oauth2(TestTokens.forUser(alice))
                .queryParam("bucket", "hour").queryParam("from", ten.plus(1, ChronoUnit.HOURS).toString())
                .queryParam("to", ten.plus(1, ChronoUnit.DAYS).toString())
                .when().get(history)
                .then().statusCode(200).body("points.messages", contains(1));

        // defaults: the last 90 days by day
        given().auth().oauth2(TestTokens.forUser(alice)).when().get(history)
                .then().statusCode(200).body("bucket", equalTo("day")).body("points", hasSize(2));
    }

    @Test
    void topicHistoryListsWhatWasDetectedInTheRange() {
        UUID conversation = UUID.randomUUID();
        Instant morning = day.plus(9, ChronoUnit.HOURS);
        analyze(alice, conversation, List.of(
                message("t1", "alice", "We were charged twice on the March invoice, can you refund one payment?", morning),
                message("t2", "bob", "Sorry about that, finance will refund the duplicate charge today.", morning.plusSeconds(600)),
                message("t3", "alice", "Thanks. The invoice for April also shows the wrong amount.", morning.plusSeconds(1200)),
                message("t4", "bob", "I'll ask billing to correct the April invoice as well.", morning.plusSeconds(1800)))).statusCode(200);
        given().auth().oauth2(TestTokens.forUser(alice))
                .queryParam("from", day.toString()).queryParam("to", day.plus(1, ChronoUnit.DAYS).toString())
                .when().get("/api/intelligence/conversations/" + conversation + "/topics")
                .then().statusCode(200)
                .body("items[0].topic", equalTo("billing"))
                .body("items[0].source", equalTo("built_in"))
                .body("items[0].detections", greaterThan(1))
                .body("items[0].messageIds", hasItem("t1"));
        given().auth().oauth2(TestTokens.forUser(alice))
                .queryParam("from", day.plus(1, ChronoUnit.DAYS).toString()).queryParam("to", day.plus(2, ChronoUnit.DAYS).toString())
                .when().get("/api/intelligence/conversations/" + conversation + "/topics")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void userDefinedTopicsAreDetectedAndKeptInTheHistory() {
        UUID conversation = UUID.randomUUID();
        Instant at = day.plus(14, ChronoUnit.HOURS);
        analyze(alice, conversation, Map.of(
                "messages", List.of(
                        message("p1", "alice", "The movers arrive at 8 on Monday to pack up our desks.", at),
                        message("p2", "bob", "Great, I labelled all the boxes for the new building.", at.plusSeconds(300)),
                        message("p3", "alice", "Don't forget to hand in your old office keys.", at.plusSeconds(600))),
                "topics", List.of(Map.of("name", "office move", "description", "Moving to the new office: movers, boxes, desks, keys"))))
                .statusCode(200)
                .body("topics.find { it.name == 'office move' }.source", equalTo("custom"))
                .body("topics.find { it.name == 'office move' }.keywords", hasItem("office"))
                .body("topics.find { it.name == 'office move' }.confidence", greaterThan(0.5f));
        given().auth().oauth2(TestTokens.forUser(alice))
                .queryParam("from", day.toString()).queryParam("to", day.plus(1, ChronoUnit.DAYS).toString())
                .when().get("/api/intelligence/conversations/" + conversation + "/topics")
                .then().statusCode(200).body("items.topic", hasItem("office move"));
    }

    @Test
    void overviewShowsTheMostNegativeDecliningAndLongestWaiting() {
        UUID user = UUID.randomUUID();
        UUID sour = UUID.randomUUID();
        UUID happy = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        analyze(user, sour, souringThread(start)).statusCode(200);
        analyze(user, happy, List.of(
                message("a", "alice", "Thanks for the lovely dinner!", start),
                message("b", "bob", "It was great to see you :)", start.plusSeconds(600)))).statusCode(200);
        analyze(user, waiting, List.of(
                message("q0", "carol", "Hi Dan, I looked at the proposal.", start.minus(1, ChronoUnit.DAYS)),
                message("q1", "dan", "Thanks Carol.", start.minus(1, ChronoUnit.DAYS).plusSeconds(60)),
                message("q2", "carol", "Can you confirm the budget for the pilot?", start.minus(1, ChronoUnit.DAYS).plusSeconds(120))))
                .statusCode(200);

        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/intelligence/overview")
                .then().statusCode(200)
                .body("conversations", equalTo(3))
                .body("mostNegative[0].conversationId", equalTo(sour.toString()))
                .body("mostNegative[2].conversationId", equalTo(happy.toString()))
                .body("decliningEngagement.conversationId", hasItem(sour.toString()))
                .body("waitingQuestions[0].conversationId", equalTo(waiting.toString()))
                .body("waitingQuestions[0].messageId", equalTo("q2"))
                .body("waitingQuestions[0].suggestedText", org.hamcrest.Matchers.containsString("budget"));
    }
}
