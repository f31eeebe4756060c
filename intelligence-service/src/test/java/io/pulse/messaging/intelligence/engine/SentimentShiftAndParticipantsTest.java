package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.Threads.T0;
import static io.pulse.messaging.intelligence.engine.Threads.facts;
import static io.pulse.messaging.intelligence.engine.Threads.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentimentShiftAndParticipantsTest {

    private static List<MessageFacts> thread(String... texts) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            messages.add(msg(i, i % 2 == 0 ? "ann" : "ben", texts[i], T0.plusSeconds(120L * i)));
        }
        return facts(messages);
    }

    @Test
    void aSharpDropAgainstTheConversationsNormRaisesAnAlert() {
        List<MessageFacts> souring = thread("Thanks, great call today!", "Happy to help :)", "The draft looks good.",
                "Nice, thanks for the quick turnaround.", "Glad you like it.", "Looking forward to the launch!",
                "The launch failed, this is a disaster.", "Customers are furious and we are losing money!!",
                "This is unacceptable and really frustrating.");
        List<Alert> alerts = new SentimentShiftDetector().detect(souring);
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals(AlertType.SENTIMENT_DROP, alert.type());
        assertEquals("high", alert.severity());
        assertTrue(alert.recentScore() < -0.5 && alert.baselineScore() > 0.3);
        assertTrue(alert.messageIds().contains("m7"));
    }

    @Test
    void noAlertWhenTheToneStaysTheSame() {
        List<MessageFacts> steady = thread("Meeting at 3?", "Yes, room 4.", "Agenda attached.", "Thanks.", "I'll bring the numbers.",
                "Sounds good.", "See you there.", "Ok.");
        assertTrue(new SentimentShiftDetector().detect(steady).isEmpty());
    }

    @Test
    void aConversationThatAlwaysSwingsDoesNotAlertOnASwing() {
        List<MessageFacts> swinging = thread("This is awesome!", "This is terrible.", "Love it!", "Hate it.", "Brilliant!",
                "Awful.", "Great!", "Horrible.", "Bad.");
        assertTrue(new SentimentShiftDetector().detect(swinging).isEmpty());
    }

    @Test
    void aRecoveryIsReportedToo() {
        List<MessageFacts> recovering = thread("The build is broken.", "Ugh, again?", "Tests fail everywhere.", "This is frustrating.",
                "Still broken.", "Nobody knows why.", "Fixed it, all green now, great work!", "Awesome, thank you so much!!",
                "Brilliant, happy to ship 🎉");
        List<Alert> alerts = new SentimentShiftDetector().detect(recovering);
        assertEquals(AlertType.SENTIMENT_RISE, alerts.get(0).type());
    }

    @Test
    void participantMetrics() {
        List<MessageFacts> facts = facts(List.of(
                msg(1, "ann", "Can you review the pull request today?", T0),
                msg(2, "ben", "Yes, after lunch.", T0.plusSeconds(600)),
                msg(3, "ann", "Thanks! Also, did the tests pass on your machine?", T0.plusSeconds(660)),
                msg(4, "ben", "They did.", T0.plusSeconds(1860)),
                msg(5, "carl", "Sorry to jump in, which branch is it?", T0.plusSeconds(1900)),
                msg(6, "ann", "feature/export", T0.plusSeconds(1960))));
        List<ParticipantInsight> participants = new ParticipantAnalyzer().analyze(facts);
        ParticipantInsight ann = participants.get(0);
        assertEquals("ann", ann.id());
        assertEquals(3, ann.messages());
        assertEquals(0.5, ann.messageShare(), 1e-9);
        assertEquals(2, ann.questions());
        assertEquals(60L, ann.medianResponseSeconds(), "ann answered ben after 60 s and carl after 60 s");
        ParticipantInsight ben = participants.stream().filter(p -> p.id().equals("ben")).findFirst().orElseThrow();
        assertEquals(900L, ben.medianResponseSeconds(), "median of 600 s and 1200 s");
        assertEquals(0, ben.questions());
        ParticipantInsight carl = participants.stream().filter(p -> p.id().equals("carl")).findFirst().orElseThrow();
        assertEquals(40L, carl.medianResponseSeconds());
        double words = participants.stream().mapToDouble(ParticipantInsight::wordShare).sum();
        assertEquals(1, words, 0.001);
        assertTrue(ann.engagementScore() > carl.engagementScore(), "the one carrying the conversation is more engaged");
        assertNull(new ParticipantAnalyzer().analyze(facts(List.of(msg(1, "solo", "note to self", T0)))).get(0).medianResponseSeconds());
    }

    @Test
    void conversationSentimentFollowsWhereItEndedAndExplainsItself() {
        ConversationSentiment sentiment = new ConversationSentimentAggregator().aggregate(thread(
                "The meeting is at 3.", "Ok.", "The demo crashed, the client is angry.", "This is a disaster.", "Terrible day."));
        assertEquals(SentimentLabel.NEGATIVE, sentiment.label());
        assertTrue(sentiment.score() < -0.3);
        assertEquals(3, sentiment.breakdown().negative());
        assertTrue(sentiment.breakdown().drivers().get(0).weight() > 0.2);
        assertTrue(sentiment.breakdown().signals().stream().anyMatch(s -> s.text().equals("disaster")));
    }

    @Test
    void conversationIsMixedWhenStrongPraiseAndStrongComplaintsBothWeigh() {
        ConversationSentiment sentiment = new ConversationSentimentAggregator().aggregate(thread(
                "I love the new editor, it's brilliant!", "The sync is broken and it's driving me crazy.", "Support was fantastic though!",
                "But the crashes are really frustrating."));
        assertEquals(SentimentLabel.MIXED, sentiment.label());
    }
}
