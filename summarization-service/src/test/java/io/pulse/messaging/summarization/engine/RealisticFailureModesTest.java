package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/**
 * Mistakes of the kind the demo thread showed (a status update taken for a decision), on small realistic chats:
 * what decides and what only agrees, questions answered by someone who addresses or quotes the asker, questions
 * that look like requests, and progress reports that only promise to finish.
 */
class RealisticFailureModesTest {

    static final Person ALICE = ExtractiveSummaryEngineTest.ALICE;
    static final Person BOB = ExtractiveSummaryEngineTest.BOB;
    static final Person CAROL = ExtractiveSummaryEngineTest.CAROL;
    static final Person DAVE = ExtractiveSummaryEngineTest.DAVE;

    private final ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();

    private ThreadSummary summarize(Conversation c) {
        return engine.summarize(c.messages(), SummaryOptions.defaults());
    }

    private static List<String> decisionTexts(ThreadSummary s) {
        return s.decisions().stream().map(Decision::text).toList();
    }

    // ---- decisions need decision language ----------------------------------------------------------------------

    @Test
    void statusUpdatesAndBareAgreementWithAnOpinionAreNoDecisions() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "Finance approved the budget for the offsite last week.")                  // someone else's approval: status
                .say(BOB, "The venue is booked, but the caterer still hasn't signed off on the menu.")  // status with a pending sign-off
                .say(CAROL, "The old vendor was so slow, it was painful.")
                .say(DAVE, "Agreed, that was painful.")                                                  // agrees with an opinion
                .say(ALICE, "We haven't agreed to anything with the new caterer yet.")                  // negated
                .say(BOB, "If we go with the rooftop, we need a rain plan.");                            // conditional
        ThreadSummary s = summarize(c);
        assertTrue(s.decisions().isEmpty(), () -> "no decision was made: " + s.decisions());
    }

    @Test
    void decisionPhrasesDecide() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "Decision: the offsite is in Lisbon in March.")
                .say(BOB, "Which airline should we book for the team?")
                .say(CAROL, "Final answer on the airline: TAP, because of the direct flights.")
                .say(DAVE, "Should we keep the Friday demo in the offsite agenda?")
                .say(ALICE, "Agreed, keep the Friday demo and drop the workshop.")                        // "Agreed," + the plan itself
                .say(BOB, "We agreed that we will share rooms to stay within the budget.");
        ThreadSummary s = summarize(c);
        List<String> texts = decisionTexts(s);
        assertEquals(4, texts.size(), texts::toString);
        assertTrue(texts.get(0).contains("Lisbon"), texts::toString);
        assertTrue(texts.get(1).contains("TAP"), texts::toString);
        assertTrue(texts.get(2).contains("keep the Friday demo"), texts::toString);
        assertTrue(texts.get(3).contains("share rooms"), texts::toString);
        assertTrue(s.decisions().stream().noneMatch(Decision::reversed), s.decisions()::toString);
    }

    // ---- questions answered by someone addressing or quoting the asker --------------------------------------------

    @Test
    void aQuestionIsAnsweredByALaterMessageThatAddressesTheAsker() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(CAROL, "Does anyone know who is writing the announcement email for customers?")
                .say(ALICE, "The release build passed QA.")
                .say(BOB, "Marketing page copy is final.")
                .say(ALICE, "Lunch order goes out at noon.")
                .say(DAVE, "@carol Priya from marketing owns it, she sends a draft on Monday.");
        ThreadSummary s = summarize(c);
        assertTrue(s.openQuestions().isEmpty(), () -> "Dave answered Carol: " + s.openQuestions());
    }

    @Test
    void aQuestionIsAnsweredByAMessageQuotingItEvenMuchLater() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(BOB, "Is the staging database still on Postgres 14?");
        for (int i = 0; i < 10; i++) {
            c.say(i % 2 == 0 ? ALICE : CAROL, "Unrelated update number " + (i + 1) + " about the sprint board.");
        }
        c.say(DAVE, "> Is the staging database still on Postgres 14?\nUpgraded to 16 last night.");
        ThreadSummary s = summarize(c);
        assertTrue(s.openQuestions().stream().noneMatch(q -> q.text().contains("staging database")),
                () -> "Dave quoted and answered it: " + s.openQuestions());
    }

    @Test
    void aMessageThatIsOnlyAQuoteStillCounts() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(BOB, "The staging database runs Postgres 16 since last night.")
                .say(ALICE, "> The staging database runs Postgres 16 since last night.");
        ThreadSummary s = summarize(c);
        assertFalse(s.summary().isBlank());
        assertEquals(2, s.coverage().messagesUsed());
    }

    @Test
    void aRequestToTheAskerDoesNotAnswerTheQuestion() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(CAROL, "Does anyone know who is writing the announcement email for customers?")
                .say(ALICE, "The release build passed QA.")
                .say(BOB, "Marketing page copy is final.")
                .say(ALICE, "Lunch order goes out at noon.")
                .say(DAVE, "Carol, can you review my expense report?");
        ThreadSummary s = summarize(c);
        assertEquals(1, s.openQuestions().size(), () -> "a request to the asker is no answer: " + s.openQuestions());
    }

    // ---- questions that look like requests -----------------------------------------------------------------------

    @Test
    void aQuestionAskingForAnOpinionIsAQuestionNotAnActionItem() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "We're booking the team dinner for Thursday.")
                .say(BOB, "Please note the office closes at 6 on Thursday.")
                .say(ALICE, "Which restaurant would you recommend near the office?");
        ThreadSummary s = summarize(c);
        assertTrue(s.actionItems().isEmpty(), () -> "nobody was asked to do anything: " + s.actionItems());
        assertEquals(List.of("Which restaurant would you recommend near the office?"),
                s.openQuestions().stream().map(q -> q.text()).toList());
    }

    // ---- done means done, not "will be done" ---------------------------------------------------------------------

    @Test
    void aPromiseToFinishDoesNotMarkTheItemDone() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "Bob, can you merge the payment retries pull request today?")
                .say(BOB, "Sure, I'll let you know once it's merged.")
                .say(CAROL, "Dave, please send the invoice to the client.")
                .say(DAVE, "Almost done with the invoice, it should be sent by tonight.");
        ThreadSummary s = summarize(c);
        ActionItem merge = ExtractiveSummaryEngineTest.item(s, "merge the payment retries");
        assertEquals(BOB, merge.owner());
        assertFalse(merge.done(), () -> "\"once it's merged\" is a promise: " + merge);
        ActionItem invoice = ExtractiveSummaryEngineTest.item(s, "send the invoice");
        assertEquals(DAVE, invoice.owner());
        assertFalse(invoice.done(), () -> "\"almost done ... should be sent\" is progress: " + invoice);
    }

    @Test
    void aPastTenseReportMarksTheItemDone() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(CAROL, "Dave, please send the invoice to the client.")
                .say(ALICE, "The client meeting moved to 3pm.")
                .say(DAVE, "I sent the invoice this morning.");
        ActionItem invoice = ExtractiveSummaryEngineTest.item(summarize(c), "send the invoice");
        assertTrue(invoice.done());
        assertEquals(List.of(c.id(2)), invoice.doneMessageIds());
    }

    @Test
    void theOwnerReportingSomethingElseDoneDoesNotCloseTheItem() {
        Conversation c = Conversation.startingAt("2026-11-25T09:00:00Z")
                .say(ALICE, "Bob, can you send the signed contract to legal?")
                .say(BOB, "Sure, will do.")
                .say(CAROL, "Great party yesterday!")
                .say(BOB, "I sent you the party photos.")     // done, but not the contract
                .say(ALICE, "Thanks, they are lovely.")
                .say(BOB, "All done, took a while.");           // this is the contract
        ActionItem contract = ExtractiveSummaryEngineTest.item(summarize(c), "signed contract");
        assertEquals(BOB, contract.owner());
        assertEquals(List.of(c.id(5)), contract.doneMessageIds());
    }

    // ---- "you" in a two-person chat -------------------------------------------------------------------------------

    @Test
    void youIsResolvedWithTheRightVerb() {
        assertEquals("Ben asks: Is Chloe ready for the biology exam?", Attribution.attribute("Ben", "Are you ready for the biology exam?", "Chloe"));
        assertEquals("Ben: Chloe's right, the exam is on Thursday.", Attribution.attribute("Ben", "You're right, the exam is on Thursday.", "Chloe"));
        assertEquals("Ben asks: Does Chloe have the notes?", Attribution.attribute("Ben", "Do you have the notes?", "Chloe"));
        assertEquals("Ben: Chloe was right about the library.", Attribution.attribute("Ben", "You were right about the library.", "Chloe"));
    }
}
