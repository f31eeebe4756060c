package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;

class ExtractiveSummaryEngineTest {

    static final Person ALICE = Conversation.person("Alice Martin");
    static final Person BOB = Conversation.person("Bob Chen");
    static final Person CAROL = Conversation.person("Carol Diaz");
    static final Person DAVE = Conversation.person("Dave Okafor");

    private final ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();

    /** Wednesday 25 November 2026, morning in New York. */
    static Conversation launchThread() {
        return Conversation.startingAt("2026-11-25T14:00:00Z")
                .say(ALICE, "Morning team! We need to finalize the launch plan for the mobile app release.")       // 0
                .say(ALICE, "Bob, can you send the updated release notes by Friday?")                               // 1
                .reply(1, BOB, "Sure, I'll send the release notes by Friday.")                                      // 2
                .say(ALICE, "@carol could you prepare the app store screenshots tomorrow?")                        // 3
                .say(CAROL, "On it. I'll use the new onboarding designs for the screenshots.")                      // 4
                .say(BOB, "Who is writing the press release for the launch?")                                       // 5
                .say(DAVE, "Marketing is writing the press release, I'll share a draft on Monday.")                 // 6
                .say(ALICE, "Let's go with December 3 as the launch date for the mobile app.")                     // 7
                .say(CAROL, "Agreed.")                                                                              // 8
                .say(BOB, "Does anyone know if legal has approved the new privacy policy?")                         // 9
                .say(DAVE, "The analytics dashboard for the launch is ready by the way.")                           // 10
                .say(BOB, "Actually the December 3 launch date clashes with the app store review freeze, let's move the launch to December 8 instead.") // 11
                .say(ALICE, "Good catch, we decided to launch on December 8 then.")                                 // 12
                .reply(1, BOB, "Release notes are done and sent ✅")                                                 // 13
                .say(ALICE, "We also need to book the venue for the launch party by end of month.");                // 14
    }

    /** The engine's summary for a reader in New York. */
    static ThreadSummary summarize(Conversation c) {
        return new ExtractiveSummaryEngine().summarize(c.messages(), SummaryOptions.defaults().withZone(ZoneId.of("America/New_York")));
    }

    @Test
    void reversedDecisionsAreMarkedAndTheNewOneStands() {
        Conversation c = launchThread();
        ThreadSummary s = summarize(c);

        Decision first = s.decisions().stream().filter(d -> d.text().contains("December 3")).findFirst().orElseThrow();
        assertEquals(ALICE, first.decidedBy());
        assertTrue(first.reversed(), "Bob moved the launch");
        assertEquals(List.of(c.id(11)), first.reversedByMessageIds());
        assertTrue(first.messageIds().contains(c.id(7)));
        assertTrue(first.messageIds().contains(c.id(8)), "Carol's \"Agreed.\" is part of the same decision");

        Decision second = s.decisions().stream().filter(d -> d.text().contains("December 8") && !d.reversed()).findFirst().orElseThrow();
        assertFalse(second.reversed());
    }

    @Test
    void onlyUnansweredQuestionsAreOpen() {
        Conversation c = launchThread();
        ThreadSummary s = summarize(c);
        assertEquals(1, s.openQuestions().size(), () -> s.openQuestions().toString());
        assertTrue(s.openQuestions().get(0).text().contains("privacy policy"));
        assertEquals(BOB, s.openQuestions().get(0).askedBy());
        assertEquals(List.of(c.id(9)), s.openQuestions().get(0).messageIds());
    }

    @Test
    void participantsAreCountedAndCoverageSpansTheThread() {
        Conversation c = launchThread();
        ThreadSummary s = summarize(c);
        assertEquals(List.of("Alice Martin", "Bob Chen", "Carol Diaz", "Dave Okafor"), s.participants().stream().map(p -> p.name()).toList());
        assertEquals(List.of(6, 5, 2, 2), s.participants().stream().map(p -> p.messageCount()).toList());
        assertEquals(15, s.coverage().messagesUsed());
        assertEquals(c.messages().get(0).sentAt(), s.coverage().from());
        assertEquals(c.messages().get(14).sentAt(), s.coverage().to());
        assertFalse(s.coverage().truncated());
        assertNull(s.coverage().truncationReason());
    }

    @Test
    void summaryIsAShortAttributedParagraphOfTheCentralSentences() {
        Conversation c = launchThread();
        ThreadSummary s = summarize(c);
        assertFalse(s.summary().isBlank());
        assertTrue(s.summary().length() < 600, s.summary());
        assertTrue(s.summary().matches(".*\\b(Alice|Bob|Carol|Dave)\\b.*"), "statements are attributed: " + s.summary());
        assertTrue(s.summary().toLowerCase().contains("launch"), s.summary());
        assertFalse(s.summary().contains("Morning team!"), "greetings are not summary material: " + s.summary());
        for (KeyPoint k : s.keyPoints()) {
            assertFalse(k.messageIds().isEmpty());
            assertTrue(c.messages().stream().anyMatch(m -> m.id().equals(k.messageIds().get(0)) && m.content().contains(k.text())),
                    "a key point is a sentence of its first source message: " + k);
        }
        for (int i = 1; i < s.keyPoints().size(); i++) {
            assertTrue(s.keyPoints().get(i - 1).score() >= s.keyPoints().get(i).score(), "ranked");
        }
    }

    @Test
    void repeatedStatementsBecomeOneKeyPointWithEverySource() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "The staging database is down again since the migration this morning.")
                .say(BOB, "Yes, the staging database is down again after the migration.")
                .say(CAROL, "Confirmed, staging database down since the morning migration.")
                .say(DAVE, "I will roll back the migration on staging within the hour.")
                .say(ALICE, "Customers are not affected because production runs on a separate cluster.");
        ThreadSummary s = engine.summarize(c.messages(), SummaryOptions.defaults().withMaxKeyPoints(3));
        KeyPoint outage = s.keyPoints().stream().filter(k -> k.text().contains("staging database")).findFirst().orElseThrow();
        assertTrue(outage.messageIds().size() >= 2, "the same point said twice is one key point: " + s.keyPoints());
        assertEquals(1, s.keyPoints().stream().filter(k -> k.text().contains("staging database is down")).count(), "no duplicates");
        assertEquals(3, s.keyPoints().size());
    }

    @Test
    void messagesOutOfOrderAreOrderedBySentTime() {
        Conversation c = launchThread();
        List<ChatMessage> shuffled = new ArrayList<>(c.messages());
        Collections.shuffle(shuffled, new Random(7));
        ThreadSummary ordered = summarize(c);
        ThreadSummary fromShuffled = engine.summarize(shuffled, SummaryOptions.defaults().withZone(ZoneId.of("America/New_York")));
        assertEquals(ordered, fromShuffled);
    }

    @Test
    void aThreadLongerThanTheBudgetIsCutToItsLatestMessagesAndSaysSo() {
        Conversation c = launchThread();
        ThreadSummary s = engine.summarize(c.messages(), SummaryOptions.defaults().withMaxMessages(5));
        assertTrue(s.coverage().truncated());
        assertEquals(15, s.coverage().messagesTotal());
        assertEquals(5, s.coverage().messagesUsed());
        assertEquals(c.messages().get(10).sentAt(), s.coverage().from());
        assertTrue(s.coverage().truncationReason().contains("latest 5"));
        assertTrue(s.keyPoints().stream().flatMap(k -> k.messageIds().stream())
                .allMatch(id -> c.messages().subList(10, 15).stream().anyMatch(m -> m.id().equals(id))));
    }

    @Test
    void aQuestionAnsweredByAReplyOrBySomeoneElseLaterIsNotOpen() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "What time works for the retro on Thursday?")            // answered by overlap
                .say(BOB, "3pm works for me.")
                .say(CAROL, "Is the demo environment still up?")                    // answered via reply-to much later
                .say(ALICE, "Has anyone reviewed the hiring rubric?")                // never answered
                .say(BOB, "Coffee machine on floor two is broken again.")
                .say(DAVE, "I'll bring snacks for the retro.")
                .say(BOB, "The new interns start next week.")
                .say(ALICE, "Nice, welcome them on the general channel.")
                .say(DAVE, "Snacks are ordered.")
                .say(CAROL, "The printer jammed.")
                .say(ALICE, "Lunch is at noon.")
                .say(DAVE, "Ok.")
                .reply(2, BOB, "Yes, the demo environment is still up until Friday.")
                .say(CAROL, "Where do we keep the brand assets?")                     // the thread ends: open
                .say(DAVE, "Why is the build so slow today?")                          // withdrawn by its asker
                .say(DAVE, "nvm, found it: the cache was cold.");
        ThreadSummary s = engine.summarize(c.messages(), SummaryOptions.defaults());
        List<String> open = s.openQuestions().stream().map(q -> q.text()).toList();
        assertEquals(List.of("Has anyone reviewed the hiring rubric?", "Where do we keep the brand assets?"), open);
    }

    @Test
    void aDecisionCanComeFromAShortAgreementToAProposal() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(BOB, "Should we go with PostgreSQL for the event store?")
                .reply(0, ALICE, "Agreed, let's do it.")
                .say(CAROL, "The office will be closed on Friday.");
        ThreadSummary s = engine.summarize(c.messages(), SummaryOptions.defaults());
        assertEquals(1, s.decisions().size(), s.decisions()::toString);
        Decision d = s.decisions().get(0);
        assertEquals("Go with PostgreSQL for the event store", d.text());
        assertEquals(ALICE, d.decidedBy());
        assertEquals(List.of(c.id(0), c.id(1)), d.messageIds());
        assertFalse(d.reversed());
        assertTrue(s.openQuestions().isEmpty(), "the proposal was answered");
    }

    @Test
    void negatedAndPendingDecisionsAreNotDecisions() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(BOB, "We haven't decided on the vendor yet.")
                .say(ALICE, "We need to decide on the vendor by Friday.")
                .say(CAROL, "Is the budget approved?");
        assertTrue(engine.summarize(c.messages(), SummaryOptions.defaults()).decisions().isEmpty());
    }

    @Test
    void keyPointsThatMentionTheReaderSaySo() {
        Conversation c = launchThread();
        ThreadSummary s = engine.summarize(c.messages(), SummaryOptions.defaults().withReader(CAROL.id(), null).withMaxKeyPoints(15));
        KeyPoint screenshots = s.keyPoints().stream().filter(k -> k.text().contains("screenshots tomorrow")).findFirst().orElseThrow();
        assertTrue(screenshots.mentionsReader());
        assertTrue(s.keyPoints().stream().filter(k -> k.text().contains("release notes by Friday")).noneMatch(KeyPoint::mentionsReader));
    }

    @Test
    void emptyInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> engine.summarize(List.of(), SummaryOptions.defaults()));
    }

    @Test
    void aSingleMessageIsItsOwnSummary() {
        Person p = Conversation.person("Erin");
        ThreadSummary s = engine.summarize(List.of(new ChatMessage(UUID.randomUUID(), p, "I'm moving the sprint review to Thursday afternoon.",
                java.time.Instant.parse("2026-11-25T09:00:00Z"), null)), SummaryOptions.defaults());
        assertEquals("Erin is moving the sprint review to Thursday afternoon.", s.summary());
        assertEquals(1, s.keyPoints().size());
        assertEquals(Duration.ZERO, Duration.between(s.coverage().from(), s.coverage().to()));
    }

    static ActionItem item(ThreadSummary s, String fragment) {
        return s.actionItems().stream().filter(a -> a.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no action item with \"" + fragment + "\" in " + s.actionItems()));
    }
}
