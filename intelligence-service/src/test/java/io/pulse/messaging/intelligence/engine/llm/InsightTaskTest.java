package io.pulse.messaging.intelligence.engine.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicEvidence;
import io.pulse.messaging.intelligence.engine.TopicSource;

/** The conversation analysis's model task on its own: the prompt's budget, and the answer's validation and merge. */
class InsightTaskTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<TopicDefinition> BUILT_IN = List.of(
            new TopicDefinition("billing", "Invoices, payments, refunds", List.of("invoice"), TopicSource.BUILT_IN),
            new TopicDefinition("scheduling", "Meetings and calendars", List.of("meeting"), TopicSource.BUILT_IN));
    private static final List<TopicDefinition> CUSTOM = List.of(
            new TopicDefinition("Office Move", "Moving to the new office", List.of(), TopicSource.CUSTOM));

    private final List<ChatMessage> messages = List.of(
            new ChatMessage("a", "ann", "Ann", "Did the invoice for March go out?", T0, null),
            new ChatMessage("b", "ben", "Ben", "Not yet, sorry. I will send it on Friday.", T0.plusSeconds(60), "a"),
            new ChatMessage("c", "ann", "Ann", "Please book the movers for the office move.", T0.plusSeconds(120), null));

    private InsightTask task(int maxOutputTokens) {
        List<MessageFacts> facts = new ArrayList<>();
        List<TopicEvidence> evidence = new ArrayList<>();
        for (ChatMessage m : messages) {
            facts.add(new MessageFacts(m.id(), m.senderId(), m.senderName(), m.sentAt(), m.replyTo(), SentimentLabel.NEUTRAL, 0,
                    0.8, List.of(), 8, m.id().equals("a"), m.id().equals("c"), false, false, m.content()));
            evidence.add(new TopicEvidence(m.id(), m.sentAt(), "scheduling", TopicSource.BUILT_IN, 0.5, List.of()));
        }
        return new InsightTask(messages, InsightTask.participants(messages), BUILT_IN, CUSTOM,
                ModelAnalysis.local(facts, evidence), maxOutputTokens);
    }

    private static String item(String id, String label, double score, String topics, String followUp) {
        return "{\"id\": \"" + id + "\", \"label\": \"" + label + "\", \"score\": " + score + ", \"reason\": \"because\", "
                + "\"topics\": " + topics + ", \"followUp\": " + followUp + "}";
    }

    private static String answer(String... items) {
        return "{\"messages\": [" + String.join(", ", items) + "]}";
    }

    @Test
    void theOutputBudgetBoundsHowManyOfTheLatestMessagesAreSent() throws ModelFailure {
        InsightTask task = task(2 * InsightPrompt.OUTPUT_TOKENS_PER_MESSAGE);
        Prompt prompt = task.prompt(6000);
        assertFalse(prompt.data().contains("\"id\":\"a\""), prompt.data());
        assertTrue(prompt.data().contains("\"id\":\"b\"") && prompt.data().contains("\"earlierMessagesNotShown\":1"));
        // the message not sent cannot be cited
        ModelAnalysis result = task.accept(answer(item("a", "negative", -0.5, "[]", "null"),
                item("b", "negative", -0.2, "[]", "null")), Drops.uncounted());
        assertEquals(2, result.modelMessages());
        assertNull(result.facts().get(0).reason());
        assertEquals(SentimentLabel.NEGATIVE, result.facts().get(1).label());
    }

    @Test
    void anInputThatCannotFitIsOverBudget() {
        ModelFailure failure = assertThrows(ModelFailure.class, () -> task(1200).prompt(200));
        assertEquals(FallbackReason.OVER_BUDGET, failure.reason());
    }

    @Test
    void eachPartIsValidatedOnItsOwnAndTheLocalEngineFillsIn() throws ModelFailure {
        InsightTask task = task(1200);
        task.prompt(6000);
        Drops drops = Drops.uncounted();
        ModelAnalysis result = task.accept(answer(
                item("a", "neutral", 0.1, "[{\"name\": \"billing\", \"confidence\": 0.9, \"keywords\": [\"invoice\", \"refund\"]}]",
                        "{\"type\": \"unanswered_question\", \"owner\": \"ben\", \"due\": null, \"suggestedText\": \"Any news?\"}"),
                item("b", "positive", -0.4, "[{\"name\": \"taxes\", \"confidence\": 0.9, \"keywords\": []}]",
                        "{\"type\": \"pending_request\", \"owner\": \"ben\", \"due\": \"next friday\", \"suggestedText\": null}"),
                item("c", "neutral", 0.0, "[{\"name\": \"office move\", \"confidence\": 0.8, \"keywords\": [\"movers\"]}]",
                        "{\"type\": \"pending_request\", \"owner\": \"ben\", \"due\": \"2026-03-06\", \"suggestedText\": null}"),
                item("z", "neutral", 0.0, "[]", "null")), drops);
        // a: all valid but the keyword the message does not contain
        MessageFacts a = result.facts().get(0);
        assertEquals("because", a.reason());
        assertTrue(a.question());
        assertEquals("ben", a.hint().owner());
        // b: the score contradicts the label, the topic is unknown, the due date does not parse: all local
        MessageFacts b = result.facts().get(1);
        assertNull(b.reason());
        assertNull(b.hint());
        assertFalse(b.request());
        // c: the user's topic under its own spelling, a request with a deadline
        MessageFacts c = result.facts().get(2);
        assertTrue(c.request());
        assertEquals(LocalDate.parse("2026-03-06"), c.hint().due());
        assertEquals(List.of("a:billing:[invoice]", "b:scheduling:[]", "c:Office Move:[movers]"), result.evidence().stream()
                .map(e -> e.messageId() + ":" + e.topic() + ":" + e.keywords()).sorted().toList());
        // refund, the contradicting score, taxes, the due date, z
        assertEquals(5, drops.count());
    }

    @Test
    void aModelThatSaysAMessageAsksNothingOverridesTheLocalCues() throws ModelFailure {
        InsightTask task = task(1200);
        task.prompt(6000);
        ModelAnalysis result = task.accept(answer(item("a", "neutral", 0, "[]", "null")), Drops.uncounted());
        assertFalse(result.facts().get(0).question());
        assertTrue(result.facts().get(2).request(), "not judged: the local engine's cues");
    }

    @Test
    void followUpsNamingStrangersOrAStalledThreadOrAnImplausibleDateAreDropped() throws ModelFailure {
        InsightTask task = task(1200);
        task.prompt(6000);
        Drops drops = Drops.uncounted();
        ModelAnalysis result = task.accept(answer(
                item("a", "neutral", 0, "[]", "{\"type\": \"unanswered_question\", \"owner\": \"zoe\"}"),
                item("b", "neutral", 0, "[]", "{\"type\": \"stalled_thread\", \"owner\": null}"),
                item("c", "neutral", 0, "[]", "{\"type\": \"pending_request\", \"owner\": \"ben\", \"due\": \"1999-01-01\"}")), drops);
        assertEquals(3, drops.count());
        assertTrue(result.facts().stream().allMatch(f -> f.hint() == null));
        assertTrue(result.facts().get(0).question(), "the local engine's cues stand");
    }

    @Test
    void nothingValidOrNotJsonIsInvalidOutput() throws ModelFailure {
        InsightTask task = task(1200);
        task.prompt(6000);
        for (String bad : List.of("Sure, here you go.", "{\"messages\": []}", "{\"result\": {}}",
                answer(item("a", "furious", -0.9, "[]", "null"), item("b", "neutral", 0.9, "[]", "null")),
                "{\"messages\": [{\"id\": \"a\", \"label\": \"neutral\", \"score\": \"0.0\"}]}")) {
            ModelFailure failure = assertThrows(ModelFailure.class, () -> task.accept(bad, Drops.uncounted()), bad);
            assertEquals(FallbackReason.INVALID_OUTPUT, failure.reason());
        }
    }

    @Test
    void participantsAreTheSendersInOrder() {
        assertEquals(Map.of("ann", "Ann", "ben", "Ben"), InsightTask.participants(messages));
    }
}
