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
}
