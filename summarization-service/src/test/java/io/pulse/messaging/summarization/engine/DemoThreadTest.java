package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/**
 * The product-launch thread of the suite demo (deploy/local DemoConversation.THREAD), message for message and minute for
 * minute, with what a careful human would extract from it. Before this test the engine took Carol's status
 * update ("..., but legal still hasn't approved ...") and Alice's bare "Agreed, we can't ship a crash." for
 * decisions.
 */
class DemoThreadTest {

    static final Person ALICE = Conversation.person("Alice Martin");
    static final Person BOB = Conversation.person("Bob Chen");
    static final Person CAROL = Conversation.person("Carol Diaz");

    /** Monday 30 November 2026, 09:00 UTC. */
    static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    private record Line(Person from, int minute, String text) {
    }

    private static final List<Line> THREAD = List.of(
            new Line(ALICE, 0, "Morning all! Quick sync on the mobile app launch. Where are we with the release build?"),
            new Line(BOB, 4, "The release build is green. I'll send the updated release notes by Friday."),
            new Line(CAROL, 9, "Great work Bob! The marketing page is ready, but legal still hasn't approved the new privacy policy."),
            new Line(ALICE, 13, "Carol, can you chase legal today? We can't launch without their sign-off."),
            new Line(CAROL, 15, "Sure, I'll ping them right after lunch."),
            new Line(BOB, 22, "Should we launch on December 3 or wait until December 8 for the Android fixes?"),
            new Line(ALICE, 30, "Let's go with December 3 as the launch date, the Android fixes can ship in a patch."),
            new Line(BOB, 41, "Hmm, QA just found a crash on Android 12 when you open the camera. That is really bad."),
            new Line(CAROL, 44, "Ugh, that's frustrating. Customers will hate a crash on day one."),
            new Line(ALICE, 52, "Agreed, we can't ship a crash. Change of plan: we decided to move the launch to December 8 instead."),
            new Line(BOB, 58, "Makes sense. Alice, could you update the launch checklist by tomorrow?"),
            new Line(CAROL, 65, "Does anyone know who is writing the announcement email for customers?"),
            new Line(ALICE, 70, "Checklist updated, done. Thanks both, great teamwork!"));

    static List<ChatMessage> messages() {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < THREAD.size(); i++) {
            Line line = THREAD.get(i);
            messages.add(new ChatMessage(id(i), line.from(), line.text(), START.plus(Duration.ofMinutes(line.minute())), null));
        }
        return messages;
    }

    static UUID id(int index) {
        return UUID.nameUUIDFromBytes(("demo-message-" + index).getBytes());
    }

    private final ThreadSummary s = new ExtractiveSummaryEngine().summarize(messages(), SummaryOptions.defaults());

    @Test
    void onlyTheTwoRealDecisionsAndTheFirstIsReversedByTheSecond() {
        assertEquals(2, s.decisions().size(), () -> "decisions: " + s.decisions());
        Decision first = s.decisions().get(0);
        Decision second = s.decisions().get(1);
        assertTrue(first.text().startsWith("Let's go with December 3 as the launch date"), first.text());
        assertEquals(ALICE, first.decidedBy());
        assertEquals(List.of(id(6)), first.messageIds());
        assertTrue(first.reversed());
        assertEquals(List.of(id(9)), first.reversedByMessageIds());

        assertEquals("Change of plan: we decided to move the launch to December 8 instead.", second.text(),
                "the decision is the sentence that decides, not the \"Agreed, ...\" before it");
        assertEquals(ALICE, second.decidedBy());
        assertEquals(List.of(id(9)), second.messageIds());
        assertFalse(second.reversed());
    }

    @Test
    void aStatusUpdateIsNoDecision() {
        for (Decision d : s.decisions()) {
            assertFalse(d.messageIds().contains(id(2)), () -> "Carol's status update became a decision: " + d);
            assertFalse(d.text().contains("hasn't approved"), d::text);
            assertFalse(d.text().startsWith("Agreed, we can't ship a crash"), d::text);
        }
    }

    @Test
    void actionItemsHaveTheirOwnersDueDatesAndTheDoneOne() {
        assertEquals(3, s.actionItems().size(), () -> "action items: " + s.actionItems());

        ActionItem notes = ExtractiveSummaryEngineTest.item(s, "send the updated release notes");
        assertEquals(BOB, notes.owner());
        assertEquals(LocalDate.of(2026, 12, 4), notes.dueDate(), "by Friday, said on Monday 30 November");
        assertFalse(notes.done());

        ActionItem legal = ExtractiveSummaryEngineTest.item(s, "chase legal today");
        assertEquals(CAROL, legal.owner());
        assertEquals(LocalDate.of(2026, 11, 30), legal.dueDate());
        assertTrue(legal.messageIds().contains(id(3)));
        assertFalse(legal.done(), "\"Sure, I'll ping them right after lunch\" accepts the request, it does not report it done");

        ActionItem checklist = ExtractiveSummaryEngineTest.item(s, "update the launch checklist");
        assertEquals(ALICE, checklist.owner());
        assertEquals(LocalDate.of(2026, 12, 1), checklist.dueDate());
        assertTrue(checklist.done());
        assertEquals(List.of(id(12)), checklist.doneMessageIds());
    }

    @Test
    void theAnnouncementQuestionIsTheOnlyOpenOne() {
        assertEquals(1, s.openQuestions().size(), () -> "open questions: " + s.openQuestions());
        assertEquals("Does anyone know who is writing the announcement email for customers?", s.openQuestions().get(0).text());
        assertEquals(CAROL, s.openQuestions().get(0).askedBy());
        assertEquals(List.of(id(11)), s.openQuestions().get(0).messageIds());
    }

    @Test
    void theParagraphIsAttributedAndHasNoGreeting() {
        assertFalse(s.summary().isBlank());
        assertFalse(s.summary().contains("Morning all"), s.summary());
        assertTrue(s.summary().matches(".*\\b(Alice|Bob|Carol)\\b.*"), s.summary());
        assertNull(s.coverage().truncationReason());
    }
}
