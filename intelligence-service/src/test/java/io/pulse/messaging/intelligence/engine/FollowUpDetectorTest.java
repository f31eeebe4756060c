package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.Threads.T0;
import static io.pulse.messaging.intelligence.engine.Threads.facts;
import static io.pulse.messaging.intelligence.engine.Threads.msg;
import static io.pulse.messaging.intelligence.engine.Threads.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class FollowUpDetectorTest {

    private final FollowUpDetector detector = FollowUpDetector.defaults();

    private static List<FollowUp> of(List<FollowUp> all, FollowUpType type) {
        return all.stream().filter(f -> f.type() == type).toList();
    }

    @Test
    void aQuestionNobodyAnsweredIsFollowedUpWithASuggestion() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Morning! The quarterly numbers are in the shared folder.", T0),
                msg(2, "ben", "Thanks, I'll take a look.", T0.plusSeconds(60)),
                msg(3, "ann", "Did you get a chance to check the Q3 forecast?", T0.plusSeconds(600))));
        List<FollowUp> followUps = detector.detect(thread, T0.plusSeconds(600 + 3 * 3600));
        List<FollowUp> questions = of(followUps, FollowUpType.UNANSWERED_QUESTION);
        assertEquals(1, questions.size());
        FollowUp q = questions.get(0);
        assertEquals("m3", q.messageId());
        assertEquals(3 * 3600, q.waitingSeconds());
        assertTrue(q.suggestedText().contains("Ben"), q.suggestedText());
        assertTrue(q.suggestedText().contains("Q3 forecast"), q.suggestedText());
    }

    @Test
    void anAnsweredQuestionIsNot() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Can you share the deck?", T0),
                msg(2, "ben", "Sure, here it is.", T0.plusSeconds(300))));
        assertTrue(of(detector.detect(thread, T0.plusSeconds(86_000)), FollowUpType.UNANSWERED_QUESTION).isEmpty());
    }

    @Test
    void aReplyToAnotherMessageDoesNotAnswerTheQuestion() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Lunch at noon works for me.", T0),
                msg(2, "ann", "Also, who owns the billing migration?", T0.plusSeconds(30)),
                reply(3, "ben", "Great, see you at noon!", T0.plusSeconds(120), "m1")));
        List<FollowUp> questions = of(detector.detect(thread, T0.plusSeconds(7200)), FollowUpType.UNANSWERED_QUESTION);
        assertEquals(List.of("m2"), questions.stream().map(FollowUp::messageId).toList());
    }

    @Test
    void tooRecentQuestionsAreLeftAlone() {
        List<MessageFacts> thread = facts(List.of(msg(1, "ann", "Any news on the contract?", T0)));
        assertTrue(detector.detect(thread, T0.plusSeconds(600)).isEmpty());
    }

    @Test
    void aRequestWithoutAcknowledgementIsPending() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Please send me the signed contract by Friday.", T0),
                msg(2, "ben", "The weather is lovely here.", T0.plusSeconds(120)),
                msg(3, "carl", "Please update the roadmap slide.", T0.plusSeconds(240)),
                msg(4, "ann", "Done, I updated it.", T0.plusSeconds(400))));
        List<FollowUp> pending = of(detector.detect(thread, T0.plusSeconds(5 * 3600)), FollowUpType.PENDING_REQUEST);
        assertEquals(List.of("m1"), pending.stream().map(FollowUp::messageId).toList());
        assertTrue(pending.get(0).suggestedText().contains("signed contract"));
    }

    @Test
    void aThreadSilentFarBeyondItsRhythmIsStalled() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Let's pick a vendor for the new CRM.", T0),
                msg(2, "ben", "I shortlisted three options.", T0.plusSeconds(600)),
                msg(3, "ann", "Which one is cheapest over three years", T0.plusSeconds(1200)),
                msg(4, "ben", "Probably the second one, I will double-check the pricing.", T0.plusSeconds(1800))));
        List<FollowUp> none = of(detector.detect(thread, T0.plusSeconds(1800 + 3600)), FollowUpType.STALLED_THREAD);
        assertTrue(none.isEmpty(), "an hour of quiet is not stalled");
        List<FollowUp> stalled = of(detector.detect(thread, T0.plusSeconds(1800 + 3 * 86_400)), FollowUpType.STALLED_THREAD);
        assertEquals(1, stalled.size());
        assertEquals("m4", stalled.get(0).messageId());
        assertTrue(stalled.get(0).suggestedText().contains("next steps"));
    }

    @Test
    void aClosedThreadIsNotStalled() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "The report is ready.", T0),
                msg(2, "ben", "Perfect, thanks!", T0.plusSeconds(60))));
        assertTrue(of(detector.detect(thread, T0.plusSeconds(10 * 86_400)), FollowUpType.STALLED_THREAD).isEmpty());
    }

    @Test
    void thresholdsAreConfigurable() {
        FollowUpDetector eager = new FollowUpDetector(Duration.ofMinutes(5), Duration.ofHours(1), 3);
        List<MessageFacts> thread = facts(List.of(msg(1, "ann", "Any news on the contract?", T0)));
        assertEquals(1, eager.detect(thread, T0.plusSeconds(600)).size());
    }

    @Test
    void thanksAndPraiseDoNotAnswerAQuestion() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Who is presenting the roadmap at the all-hands?", T0),
                msg(2, "ben", "Thanks everyone, great work this week!", T0.plusSeconds(120))));
        List<FollowUp> questions = of(detector.detect(thread, T0.plusSeconds(4 * 3600)), FollowUpType.UNANSWERED_QUESTION);
        assertEquals(List.of("m1"), questions.stream().map(FollowUp::messageId).toList());
    }

    @Test
    void anAnswerToOneQuestionDoesNotAnswerAnUnrelatedOneAskedJustBefore() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "Ben, could you renew the SSL certificate for the staging server?", T0),
                msg(2, "carl", "Does anyone know where the offsite dinner is booked?", T0.plusSeconds(300)),
                msg(3, "ben", "Certificate renewed on staging, done.", T0.plusSeconds(600))));
        List<FollowUp> followUps = detector.detect(thread, T0.plusSeconds(5 * 3600));
        assertEquals(List.of("m2"), of(followUps, FollowUpType.UNANSWERED_QUESTION).stream().map(FollowUp::messageId).toList());
        assertTrue(of(followUps, FollowUpType.PENDING_REQUEST).isEmpty());
    }

    @Test
    void aQuestionAddressedToSomeoneIsNotAnsweredBySomeoneElsesRemark() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "dan", "Morning, I'm in the office today.", T0),
                msg(2, "ann", "Dan, can you book the big meeting room for Thursday?", T0.plusSeconds(60)),
                msg(3, "eve", "The coffee machine on the third floor is broken again.", T0.plusSeconds(180))));
        List<FollowUp> questions = of(detector.detect(thread, T0.plusSeconds(3 * 3600)), FollowUpType.UNANSWERED_QUESTION);
        assertEquals(List.of("m2"), questions.stream().map(FollowUp::messageId).toList());
        assertTrue(questions.get(0).suggestedText().contains("meeting room"), questions.get(0).suggestedText());
    }

    @Test
    void aCommitmentWithADeadlineIsNotAPendingRequest() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "I'll send the updated slides by Friday.", T0),
                msg(2, "ben", "We need the budget figures by Friday.", T0.plusSeconds(60))));
        List<FollowUp> pending = of(detector.detect(thread, T0.plusSeconds(6 * 3600)), FollowUpType.PENDING_REQUEST);
        assertEquals(List.of("m2"), pending.stream().map(FollowUp::messageId).toList());
    }

    @Test
    void aBriskConversationNoticesAHangingQuestionBeforeTheHour() {
        List<MessageFacts> thread = facts(List.of(
                msg(1, "ann", "The build is red again.", T0),
                msg(2, "ben", "Looking at it now.", T0.plusSeconds(60)),
                msg(3, "ann", "It fails in the payment tests.", T0.plusSeconds(150)),
                msg(4, "ben", "Which commit broke the payment tests?", T0.plusSeconds(240))));
        // messages every minute or two: twenty minutes without an answer is long for this conversation, not for an hourly one
        List<FollowUp> questions = of(detector.detect(thread, T0.plusSeconds(240 + 20 * 60)), FollowUpType.UNANSWERED_QUESTION);
        assertEquals(List.of("m4"), questions.stream().map(FollowUp::messageId).toList());
        assertTrue(of(detector.detect(thread, T0.plusSeconds(240 + 120)), FollowUpType.UNANSWERED_QUESTION).isEmpty(),
                "two minutes are not long even here");
    }
}
