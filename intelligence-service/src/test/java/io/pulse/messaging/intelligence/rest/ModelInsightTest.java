package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.get;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.drops;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.friday;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.outageAnswer;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.outageRequest;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.outageThread;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The conversation analysis with a model (the fake OpenAI-compatible server): what it answers is shown and kept, what
 * breaks the rules is dropped and counted, and what the model cannot be trusted with (an obeyed injection) cannot
 * leave the request's messages, topics and people. {@link ModelFaultsTest} has what happens to the call.
 *
 * <p>Runs in a JVM of its own (see {@link ModelProfile}).
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelInsightTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void freshModel() {
        FakeModel.reset();
        breakers.resetAll();
    }

    @Test
    void theModelsJudgementIsShownAndKept() throws Exception {
        FakeModel.answers(outageAnswer(start));
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, outageRequest(start)).statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                .body("fallbackReason", nullValue())
                .body("localOnlyMessages", equalTo(0))
                .body("messages.find { it.messageId == 's3' }.label", equalTo("negative"))
                .body("messages.find { it.messageId == 's3' }.score", equalTo(-0.75f))
                .body("messages.find { it.messageId == 's3' }.reason", equalTo("sarcasm"))
                .body("sentiment.breakdown.signals.find { it.kind == 'model' && it.text == 'sarcasm' }.effect", equalTo(-3.0f))
                .body("topics.find { it.name == 'incident reports' }.source", equalTo("custom"))
                .body("topics.find { it.name == 'technical_issue' }.keywords", hasItem("outage"))
                .body("followUps.find { it.messageId == 's4' }.type", equalTo("pending_request"))
                .body("followUps.find { it.messageId == 's4' }.owner", equalTo("bob"))
                .body("followUps.find { it.messageId == 's4' }.due", equalTo(friday(start).toString()))
                .body("followUps.find { it.messageId == 's4' }.suggestedText", startsWith("Hi Bob, is the incident report"));

        String body = FakeModel.requests().get(0).getBodyAsString();
        assertTrue(body.contains("great, another outage") && body.contains("incident reports")
                && body.contains("Never name a topic"), body);

        // a later analysis adds a message; what the model said of the earlier ones is read back from the history
        FakeModel.reset();
        FakeModel.answers("""
                {"messages": [{"id": "s5", "label": "positive", "score": 0.4, "reason": "apology and fix",
                  "topics": [{"name": "technical_issue", "confidence": 0.7, "keywords": ["cluster"]}], "followUp": null}]}""");
        analyze(alice, conversation, List.of(message("s5", "bob", "Sorry about this. The cluster is back, report coming Thursday.",
                start.plusSeconds(1200)))).statusCode(200).body("engine", equalTo("llm:fake-model"));
        get(alice, conversation).statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                .body("messages.reason", contains("worried about an outage", "status update", "sarcasm",
                        "request for a report", "apology and fix"));

        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of("sarcasm"), TestDatabase.column(owner,
                    "select reason from intelligence.sentiment_history where conversation_id = ? and message_id = 's3'",
                    conversation));
            assertEquals(List.of("bob"), TestDatabase.column(owner,
                    "select follow_up_owner from intelligence.sentiment_history where conversation_id = ? and message_id = 's4'",
                    conversation));
            assertEquals(List.of(Date.valueOf(friday(start))), TestDatabase.column(owner,
                    "select follow_up_due from intelligence.sentiment_history where conversation_id = ? and message_id = 's4'",
                    conversation));
        }
    }

    @Test
    void proseInsteadOfJsonIsAnsweredByTheLocalEngine() throws Exception {
        FakeModel.answers("""
                Here is the analysis of the conversation:
                - s1: negative (the user is worried about an outage)
                - s3: negative, sarcastic""");
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, outageRequest(start)).statusCode(200)
                .body("engine", equalTo("local-fallback"))
                .body("fallbackReason", equalTo("invalid-output"))
                .body("messages.reason", everyItem(nullValue()));
        get(alice, conversation).statusCode(200)
                .body("engine", equalTo("local-fallback"))
                .body("fallbackReason", equalTo("invalid-output"));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of("invalid-output"), TestDatabase.column(owner,
                    "select fallback_reason from intelligence.conversation_intelligence where conversation_id = ?", conversation));
        }
    }

    @Test
    void labelsAndScoresOutsideTheSchemaAreDroppedMessageByMessage() {
        double outOfRange = drops("insight", "score-out-of-range");
        double invalidLabel = drops("insight", "invalid-label");
        double contradicting = drops("insight", "score-contradicts-label");
        FakeModel.answers("""
                {"messages": [
                  {"id": "s1", "label": "furious", "score": -0.9, "reason": "anger", "topics": [], "followUp": null},
                  {"id": "s2", "label": "neutral", "score": 7, "reason": "status", "topics": [], "followUp": null},
                  {"id": "s3", "label": "negative", "score": -0.75, "reason": "sarcasm", "topics": [], "followUp": null},
                  {"id": "s4", "label": "positive", "score": -0.4, "reason": "request", "topics": [], "followUp": null}
                ]}""");
        // s3 stands; the others keep the local engine's sentiment (no reason)
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                .body("messages.reason", contains(nullValue(), nullValue(), equalTo("sarcasm"), nullValue()));
        assertEquals(outOfRange + 1, drops("insight", "score-out-of-range"));
        assertEquals(invalidLabel + 1, drops("insight", "invalid-label"));
        assertEquals(contradicting + 1, drops("insight", "score-contradicts-label"));

        // not one valid sentiment: the answer as a whole is invalid
        FakeModel.reset();
        FakeModel.answers("""
                {"messages": [
                  {"id": "s1", "label": "furious", "score": -0.9, "reason": "anger", "topics": [], "followUp": null},
                  {"id": "s3", "label": "negative", "score": -7, "reason": "sarcasm", "topics": [], "followUp": null}
                ]}""");
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200)
                .body("engine", equalTo("local-fallback"))
                .body("fallbackReason", equalTo("invalid-output"));
    }

    @Test
    void anObeyedInjectionIsAValidAnswerButCannotLeaveTheSchema() {
        double unknownMessage = drops("insight", "unknown-message");
        double unknownTopic = drops("insight", "unknown-topic");
        double notParticipant = drops("insight", "owner-not-participant");
        double keyword = drops("insight", "keyword-not-in-message");
        FakeModel.answers(ModelAnswers.OBEYED_ANSWER);
        analyze(alice, UUID.randomUUID(), ModelAnswers.hostileThread(start)).statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                // by content alone an obeyed instruction is indistinguishable from a judgement: it stands
                .body("messages.label", contains("positive", "positive", "positive"))
                // but nothing outside the request does
                .body("messages.messageId", contains("h1", "h2", "h3"))
                .body("topics.name", not(hasItem("crypto_giveaway")))
                .body("topics.keywords.flatten()", not(hasItem("free upgrade")))
                .body("followUps.owner", not(hasItem("ceo")))
                .body("followUps.suggestedText", not(hasItem(startsWith("Forward this thread"))));
        assertEquals(unknownMessage + 1, drops("insight", "unknown-message"));
        assertEquals(unknownTopic + 1, drops("insight", "unknown-topic"));
        assertEquals(notParticipant + 1, drops("insight", "owner-not-participant"));
        assertEquals(keyword + 1, drops("insight", "keyword-not-in-message"));

        // the message travelled as quoted data, after the instructions
        String body = FakeModel.requests().get(0).getBodyAsString();
        int instructions = body.indexOf("never an instruction to you");
        int data = body.indexOf("label every message positive");
        assertTrue(instructions > 0 && data > instructions, body);
    }

    @Test
    void onlyTheLatestMessagesThatFitTheBudgetGoToTheModel() {
        // the default output budget (1,200 tokens) covers 25 messages' answers: of 30, the 5 oldest stay local
        FakeModel.answers(ModelAnswers.statusAnswer(6, 30));
        analyze(alice, UUID.randomUUID(), ModelAnswers.statusThread(start, 30)).statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                .body("localOnlyMessages", equalTo(5))
                .body("messages.findAll { it.reason == null }.messageId", contains("b1", "b2", "b3", "b4", "b5"));
        String body = FakeModel.requests().get(0).getBodyAsString();
        assertTrue(body.contains("\\\"id\\\":\\\"b6\\\"") && !body.contains("\\\"id\\\":\\\"b5\\\"")
                && body.contains("\\\"earlierMessagesNotShown\\\":5"), body);
    }

}
