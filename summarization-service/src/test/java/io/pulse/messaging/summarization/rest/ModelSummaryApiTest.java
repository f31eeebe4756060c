package io.pulse.messaging.summarization.rest;

import static io.pulse.messaging.summarization.Threads.BOB;
import static io.pulse.messaging.summarization.Threads.CAROL;
import static io.pulse.messaging.summarization.Threads.id;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Summaries and digests by the model (the fake server), its answers checked against the request before anyone sees them. */
@QuarkusTest
@TestProfile(ModelProfile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelSummaryApiTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    io.pulse.messaging.summarization.TestClock clock;

    private final UUID user = UUID.randomUUID();

    @BeforeEach
    void freshModel() {
        FakeModel.reset();
        breakers.resetAll();
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private ValidatableResponse summarize(List<Map<String, Object>> messages) {
        return SummaryApiTest.post(user, Threads.request(UUID.randomUUID(), messages));
    }

    @Test
    void aThreadSummaryIsTheModelsAnswerChecked() {
        FakeModel.answers(ModelAnswers.faithful());
        String id = summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("llm:fake-model"))
                .body("$", org.hamcrest.Matchers.hasKey("fallbackReason"))
                .body("fallbackReason", nullValue())
                .body("summary", startsWith("Carol moved the mobile app launch from December 3 to December 10"))
                .body("keyPoints", hasSize(3))
                .body("actionItems.find { it.text.contains('release notes') }.owner.name", equalTo("Bob Chen"))
                .body("actionItems.find { it.text.contains('release notes') }.dueDate", equalTo("2026-11-27"))
                .body("actionItems.find { it.text.contains('release notes') }.done", equalTo(true))
                .body("actionItems.find { it.text.contains('release notes') }.doneMessageIds", equalTo(List.of(id(8).toString())))
                .body("actionItems.find { it.text.contains('screenshots') }.owner.id", equalTo(CAROL.toString()))
                .body("decisions.find { it.text.contains('December 3') }.reversed", equalTo(true))
                .body("decisions.find { it.text.contains('December 10') }.reversed", equalTo(false))
                .body("openQuestions[0].askedBy.id", equalTo(BOB.toString()))
                .body("participants.name", equalTo(List.of("Alice Martin", "Bob Chen", "Carol Diaz")))
                .body("coverage.messagesUsed", equalTo(9))
                .body("coverage.leftOut", hasSize(0))
                .extract().path("id");
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/" + id).then().statusCode(200)
                .body("engine", equalTo("llm:fake-model")).body("fallbackReason", nullValue());
        String request = FakeModel.requests().get(0).getBodyAsString();
        assertTrue(request.contains("At most 5 key points") && request.contains("Let's move the launch to December 10"), request);
    }

    @Test
    void aDigestIsTheModelsAnswerRankedForTheReader() {
        UUID launch = UUID.randomUUID();
        UUID infra = UUID.randomUUID();
        FakeModel.answers(ModelAnswers.digest(launch, infra));
        Map<String, Object> body = Map.of("date", "2026-11-25", "timeZone", "America/New_York", "conversations", List.of(
                Map.of("conversationId", launch.toString(), "title", "#launch", "messages", ModelAnswers.thread()),
                Map.of("conversationId", infra.toString(), "title", "#infra", "messages", ModelAnswers.infra())));
        given().auth().oauth2(TestTokens.forUser(CAROL)).contentType(ContentType.JSON).body(body)
                .when().post("/api/summaries/digest").then().statusCode(201)
                .body("engine", equalTo("llm:fake-model"))
                .body("type", equalTo("daily_digest"))
                .body("summary", startsWith("Carol has two things to do"))
                .body("conversations", hasSize(2))
                .body("conversations.concernsReader", everyItem(equalTo(true)))
                .body("conversations[0].highlights[0].kind", equalTo("action_item"))
                .body("conversations[0].highlights[0].person.id", equalTo(CAROL.toString()))
                .body("actionItems[0].owner.id", equalTo(CAROL.toString()))
                .body("actionItems.find { it.text.contains('runbook') }.conversationId", equalTo(infra.toString()))
                .body("actionItems.find { it.text.contains('runbook') }.dueDate", equalTo("2026-11-30"))
                .body("decisions.find { it.text.contains('December 3') }.reversed", equalTo(true))
                .body("openQuestions.text", org.hamcrest.Matchers.hasItem("Who is on call during the upgrade window?"))
                .body("coverage.messagesTotal", equalTo(13))
                .body("coverage.messagesUsed", equalTo(13));
    }

    @Test
    void malformedJsonIsAnsweredLocally() {
        FakeModel.answers("Sure! Here is the summary of the thread:\n- Carol moved the launch to December 10.");
        summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("invalid-output"))
                .body("summary", containsString("launch"));
    }

    @Test
    void anAnswerOfAnotherShapeIsAnsweredLocally() {
        FakeModel.answers("""
                {"summary": "Carol moved the launch to December 10 and Bob sent the release notes.",
                 "actionItems": "Carol: screenshots; Alice: launch plan"}""");
        summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("invalid-output"));
    }

    @Test
    void madeUpIdsAndPeopleAreDroppedAndCounted() {
        double before = drops("unknown-message");
        FakeModel.answers(ModelAnswers.hallucinating());
        summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("llm:fake-model"))
                .body("summary", equalTo("Carol moved the mobile app launch to December 10."))
                .body("actionItems", hasSize(1))
                .body("actionItems[0].text", equalTo("Prepare the app store screenshots"))
                .body("actionItems[0].owner", nullValue())
                .body("actionItems[0].dueDate", nullValue())
                .body("decisions", hasSize(0));
        assertEquals(before + 3, drops("unknown-message"), "a sentence, an action item and a decision");
        assertTrue(drops("owner-not-participant") >= 1);
        assertTrue(drops("invalid-due-date") >= 1);
    }

    @Test
    void anInjectedInstructionChangesNothingShown() {
        FakeModel.answers(ModelAnswers.obeying());
        String body = summarize(ModelAnswers.withInjection()).statusCode(201)
                .body("engine", equalTo("llm:fake-model"))
                .body("summary", equalTo("Carol is to prepare the app store screenshots tomorrow."))
                .body("keyPoints", hasSize(0))
                .body("actionItems.find { it.text.contains('screenshots') }.done", equalTo(false))
                .body("actionItems.find { it.text.contains('launch plan') }.done", equalTo(false))
                .body("actionItems.find { it.text.contains('release notes') }.done", equalTo(true))
                .body("decisions", hasSize(1))
                .body("decisions[0].reversed", equalTo(false))
                .extract().asString();
        assertTrue(!body.toLowerCase().contains("cancel") && !body.contains("All action items"), body);
        assertTrue(drops("cites-instruction") >= 4 && drops("unsupported-done") >= 2 && drops("unsupported-reversal") >= 1);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        FakeModel.rateLimitedOnce(1, ModelAnswers.faithful());
        summarize(ModelAnswers.thread()).statusCode(201).body("engine", equalTo("llm:fake-model"));
        assertEquals(2, FakeModel.calls());
    }

    @Test
    void a429AskingForLongerThanTheTimeoutIsAnsweredLocally() {
        FakeModel.rateLimitedOnce(60, ModelAnswers.faithful());
        summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("rate-limited"));
        assertEquals(1, FakeModel.calls());
    }

    @Test
    void aServerErrorIsAnsweredLocally() {
        FakeModel.fails(500);
        String id = summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("unavailable"))
                .body("actionItems.find { it.text.contains('release notes') }.owner.name", equalTo("Bob Chen"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/" + id).then().statusCode(200)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("unavailable"));
    }

    @Test
    void aFallbackIsCachedBrieflySoTheModelIsAskedAgainSoon() {
        Map<String, Object> body = Threads.request(UUID.randomUUID(), ModelAnswers.thread());
        FakeModel.fails(503);
        String fallback = SummaryApiTest.post(user, body).statusCode(201).body("engine", equalTo("local-fallback")).extract().path("id");
        FakeModel.reset();
        FakeModel.answers(ModelAnswers.faithful());
        SummaryApiTest.post(user, body).statusCode(200).body("id", equalTo(fallback)).body("cached", equalTo(true))
                .body("fallbackReason", equalTo("unavailable"));
        clock.advance(Duration.ofSeconds(61));
        SummaryApiTest.post(user, body).statusCode(201).body("engine", equalTo("llm:fake-model"));
        clock.advance(Duration.ofMinutes(5));
        SummaryApiTest.post(user, body).statusCode(200).body("engine", equalTo("llm:fake-model"));
        assertEquals(1, FakeModel.calls());
    }

    @Test
    void aModelThatHangsPastTheTimeoutIsAnsweredLocally() {
        FakeModel.answersAfter(Duration.ofSeconds(15), ModelAnswers.faithful());
        summarize(ModelAnswers.thread()).statusCode(201)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("timeout"))
                .body("summary", not(equalTo("")));
    }

    @Test
    void aLongThreadSendsTheLatestMessagesThatFitAndSaysWhatItLeftOut() {
        List<Map<String, Object>> messages = new java.util.ArrayList<>();
        java.time.Instant t = java.time.Instant.parse("2026-11-24T09:00:00Z");
        for (int i = 0; i < 300; i++) {
            messages.add(Threads.message(id(1000 + i), i % 2 == 0 ? BOB : CAROL, i % 2 == 0 ? "Bob Chen" : "Carol Diaz",
                    "Status update " + i + ": the staging build passed its smoke tests and the dashboards look normal again.",
                    t.plusSeconds(60L * i)));
        }
        messages.addAll(ModelAnswers.thread());
        FakeModel.answers(ModelAnswers.faithful());
        int used = summarize(messages).statusCode(201)
                .body("engine", equalTo("llm:fake-model"))
                .body("coverage.messagesTotal", equalTo(309))
                .body("coverage.truncated", equalTo(true))
                .body("coverage.leftOut[0].reason", equalTo("over-budget"))
                .body("coverage.leftOut[0].from", equalTo("2026-11-24T09:00:00Z"))
                .body("coverage.truncationReason", containsString("input budget"))
                .extract().path("coverage.messagesUsed");
        assertTrue(used >= 9 && used < 309, "used " + used);
        String sent = FakeModel.requests().get(0).getBodyAsString();
        assertTrue(sent.contains(id(8).toString()) && !sent.contains(id(1000).toString()));
    }

    @Test
    void messagesTooLongForTheBudgetAreNotSentAtAll() {
        List<Map<String, Object>> messages = new java.util.ArrayList<>(ModelAnswers.thread());
        for (int i = 0; i < 3; i++) {
            messages.add(Threads.message(id(40 + i), BOB, "Bob Chen", "Here is the full build log. " + "Step failed, retrying. ".repeat(800),
                    java.time.Instant.parse("2026-11-25T20:00:00Z").plusSeconds(i)));
        }
        FakeModel.answers(ModelAnswers.faithful());
        summarize(messages).statusCode(201)
                .body("engine", equalTo("local-fallback")).body("fallbackReason", equalTo("over-budget"));
        assertEquals(0, FakeModel.calls());
    }

    /** {@code pulse_ai_validation_drops_total} of the summary feature for {@code kind}. */
    static double drops(String kind) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("pulse_ai_validation_drops_total\\{feature=\"summary\",kind=\"" + Pattern.quote(kind)
                + "\",model=\"fake-model\"} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
