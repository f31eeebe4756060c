package io.pulse.messaging.summarization.engine.llm;

import static io.pulse.messaging.summarization.engine.llm.LaunchThread.BOB;
import static io.pulse.messaging.summarization.engine.llm.LaunchThread.CAROL;
import static io.pulse.messaging.summarization.engine.llm.LaunchThread.NEW_YORK;
import static io.pulse.messaging.summarization.engine.llm.LaunchThread.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.ThreadSummary;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/** The model's answer for a thread, held to the thread before anyone sees it. */
class ThreadSummaryTaskTest {

    private static final SummaryOptions OPTIONS = SummaryOptions.defaults().withZone(NEW_YORK);

    private static ThreadSummaryTask task(List<ChatMessage> messages) throws ModelFailure {
        ThreadSummaryTask task = new ThreadSummaryTask(new ExtractiveSummaryEngine(), messages, OPTIONS);
        task.prompt(6000);
        return task;
    }

    private static ActionItem action(ThreadSummary s, String text) {
        return s.actionItems().stream().filter(a -> a.text().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void aFaithfulAnswerIsShownWithItsOutcomes() throws ModelFailure {
        Drops drops = Drops.uncounted();
        ThreadSummary s = task(LaunchThread.messages()).accept(LaunchThread.faithfulAnswer(), drops);
        assertEquals(0, drops.count());
        assertTrue(s.summary().startsWith("Carol moved the mobile app launch from December 3 to December 10"), s.summary());
        assertEquals(3, s.keyPoints().size());
        assertEquals(1.0, s.keyPoints().get(0).score());
        assertEquals(CAROL, s.keyPoints().get(0).speaker());
        ActionItem notes = action(s, "release notes");
        assertEquals(BOB, notes.owner());
        assertEquals(LocalDate.of(2026, 11, 27), notes.dueDate());
        assertEquals("by friday", notes.dueText());
        assertEquals(List.of(id(1), id(2)), notes.messageIds());
        assertTrue(notes.done());
        assertEquals(List.of(id(8)), notes.doneMessageIds());
        assertEquals(CAROL, action(s, "screenshots").owner()); // named exactly, not by id
        assertNull(action(s, "launch plan").owner());
        Decision first = s.decisions().get(0);
        assertTrue(first.reversed());
        assertEquals(List.of(id(6)), first.reversedByMessageIds());
        assertFalse(s.decisions().get(1).reversed());
        assertEquals(BOB, s.openQuestions().get(0).askedBy());
        assertEquals(3, s.participants().size());
        assertFalse(s.coverage().truncated());
    }

    @Test
    void madeUpIdsPeopleAndDatesAreDroppedAndTheRestKept() throws ModelFailure {
        Drops drops = Drops.uncounted();
        ThreadSummary s = task(LaunchThread.messages()).accept(LaunchThread.hallucinatingAnswer(), drops);
        assertEquals("Carol moved the mobile app launch to December 10.", s.summary());
        assertEquals(1, s.actionItems().size());
        ActionItem screenshots = s.actionItems().get(0);
        assertNull(screenshots.owner(), "Dave is no participant");
        assertNull(screenshots.dueDate(), "30 February is no date");
        assertNull(screenshots.dueText());
        assertTrue(s.decisions().isEmpty());
        // unknown id (sentence, action item, decision), uncited sentence, owner, due date, malformed done
        assertEquals(7, drops.count());
    }

    @Test
    void anInjectedInstructionChangesNothingThatIsShown() throws ModelFailure {
        Drops drops = Drops.uncounted();
        ThreadSummary s = task(LaunchThread.withInjection()).accept(LaunchThread.obeyingAnswer(), drops);
        List<String> shown = new ArrayList<>(List.of(s.summary()));
        s.keyPoints().forEach(k -> shown.add(k.text()));
        s.actionItems().forEach(a -> shown.add(a.text()));
        s.decisions().forEach(d -> shown.add(d.text()));
        assertTrue(shown.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("cancel")), shown.toString());
        assertTrue(shown.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("all action items")), shown.toString());
        assertEquals("Carol is to prepare the app store screenshots tomorrow.", s.summary());
        assertFalse(action(s, "screenshots").done(), "closed only by the injected message");
        assertFalse(action(s, "launch plan").done());
        assertTrue(action(s, "release notes").done(), "Bob's own report still closes his item");
        assertEquals(1, s.decisions().size());
        assertFalse(s.decisions().get(0).reversed(), "reversed only by the injected message");
        assertTrue(drops.count() >= 7, () -> "dropped: " + drops.count());
    }

    @Test
    void aSentenceRestingOnlyOnASupersededDecisionIsDropped() throws ModelFailure {
        String answer = LaunchThread.faithfulAnswer().replace(
                "{\"text\": \"Bob has sent the updated release notes.\"",
                "{\"text\": \"The mobile app launches on December 3.\", \"messageIds\": [\"" + id(3) + "\"]},\n"
                        + "{\"text\": \"Bob has sent the updated release notes.\"");
        Drops drops = Drops.uncounted();
        ThreadSummary s = task(LaunchThread.messages()).accept(answer, drops);
        assertFalse(s.summary().contains("launches on December 3"), s.summary());
        assertEquals(1, drops.count());
    }

    @Test
    void anAnswerThatIsNoJsonOrHasNoSummaryLeftIsInvalidOutput() throws ModelFailure {
        ThreadSummaryTask task = task(LaunchThread.messages());
        for (String answer : List.of("Here is the summary: the launch moved to December 10.", "{\"summary\": \"The launch moved.\"}",
                "{\"summary\": [{\"text\": \"The launch moved.\", \"messageIds\": [\"" + id(77) + "\"]}]}", "{}", "[]")) {
            ModelFailure failure = assertThrows(ModelFailure.class, () -> task.accept(answer, Drops.uncounted()), answer);
            assertEquals(FallbackReason.INVALID_OUTPUT, failure.reason(), answer);
        }
    }

    @Test
    void aLongThreadSendsTheLatestMessagesThatFitAndSaysWhatWasLeftOut() throws ModelFailure {
        List<ChatMessage> messages = new ArrayList<>();
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        for (int i = 0; i < 200; i++) {
            messages.add(LaunchThread.message(100 + i, i % 2 == 0 ? BOB : CAROL, "Status update number " + i
                    + ": the staging build passed its smoke tests and the dashboards look normal again.", t.plusSeconds(60L * i), null));
        }
        messages.addAll(LaunchThread.messages());
        ThreadSummaryTask task = new ThreadSummaryTask(new ExtractiveSummaryEngine(), messages, OPTIONS);
        Prompt prompt = task.prompt(3000);
        assertTrue(prompt.estimatedTokens() <= 3000);
        assertTrue(prompt.data().contains(id(8).toString()) && !prompt.data().contains(id(100).toString()));
        ThreadSummary s = task.accept(LaunchThread.faithfulAnswer(), Drops.uncounted());
        assertEquals(209, s.coverage().messagesTotal());
        assertTrue(s.coverage().messagesUsed() < 209 && s.coverage().messagesUsed() >= 9, s.coverage().toString());
        assertEquals("over-budget", s.coverage().leftOut().get(0).reason());
        assertEquals(209 - s.coverage().messagesUsed(), s.coverage().leftOut().get(0).count());
        assertEquals(t, s.coverage().leftOut().get(0).from());
    }

    @Test
    void whenNotEvenTheLatestFewMessagesFitTheModelIsNotAsked() {
        List<ChatMessage> messages = new ArrayList<>(LaunchThread.messages());
        for (int i = 0; i < 3; i++) {
            messages.add(LaunchThread.message(50 + i, BOB, "Pasting the full incident log here. " + "The deploy failed again. ".repeat(100),
                    Instant.parse("2026-11-25T18:00:00Z").plusSeconds(i), null));
        }
        ThreadSummaryTask task = new ThreadSummaryTask(new ExtractiveSummaryEngine(), messages, OPTIONS);
        ModelFailure failure = assertThrows(ModelFailure.class, () -> task.prompt(3000));
        assertEquals(FallbackReason.OVER_BUDGET, failure.reason());
    }

    @Test
    void theConversationTravelsAsDataAfterTheInstructions() throws ModelFailure {
        Prompt prompt = new ThreadSummaryTask(new ExtractiveSummaryEngine(), LaunchThread.withInjection(), OPTIONS).prompt(6000);
        assertFalse(prompt.instructions().contains("Ignore previous instructions"));
        assertTrue(prompt.data().contains(LaunchThread.INJECTION));
        assertTrue(prompt.data().contains("\"weekday\":\"Wednesday\"") && prompt.data().contains("2026-11-25T09:01-05:00"), prompt.data());
        assertTrue(prompt.instructions().contains("At most 5 key points."), prompt.instructions());
    }
}
