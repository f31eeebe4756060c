package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.Threads.T0;
import static io.pulse.messaging.intelligence.engine.Threads.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The suite demo's product-launch thread (deploy/local DemoConversation.THREAD), analysed as the demo does: some time after the
 * last message, here half an hour, three hours and a day later.
 */
class LaunchThreadTest {

    private static final Object[][] LINES = {
            {"alice", 0, "Morning all! Quick sync on the mobile app launch. Where are we with the release build?"},
            {"bob", 4, "The release build is green. I'll send the updated release notes by Friday."},
            {"carol", 9, "Great work Bob! The marketing page is ready, but legal still hasn't approved the new privacy policy."},
            {"alice", 13, "Carol, can you chase legal today? We can't launch without their sign-off."},
            {"carol", 15, "Sure, I'll ping them right after lunch."},
            {"bob", 22, "Should we launch on December 3 or wait until December 8 for the Android fixes?"},
            {"alice", 30, "Let's go with December 3 as the launch date, the Android fixes can ship in a patch."},
            {"bob", 41, "Hmm, QA just found a crash on Android 12 when you open the camera. That is really bad."},
            {"carol", 44, "Ugh, that's frustrating. Customers will hate a crash on day one."},
            {"alice", 52, "Agreed, we can't ship a crash. Change of plan: we decided to move the launch to December 8 instead."},
            {"bob", 58, "Makes sense. Alice, could you update the launch checklist by tomorrow?"},
            {"carol", 65, "Does anyone know who is writing the announcement email for customers?"},
            {"alice", 70, "Checklist updated, done. Thanks both, great teamwork!"}};

    private final LocalConversationInsightEngine engine = new LocalConversationInsightEngine(
            LexiconSentimentAnalyzer.builtIn(), new Threads.NoTopics(), FollowUpDetector.defaults());

    private static List<ChatMessage> thread() {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < LINES.length; i++) {
            messages.add(msg(i, (String) LINES[i][0], (String) LINES[i][2], T0.plusSeconds(60L * (Integer) LINES[i][1])));
        }
        return messages;
    }

    private ConversationInsight analyse(long secondsAfterLast) {
        List<ChatMessage> messages = thread();
        Instant now = messages.get(messages.size() - 1).sentAt().plusSeconds(secondsAfterLast);
        return engine.summarize(engine.analyzeMessages(messages), List.of(), now);
    }

    @Test
    void theUnansweredQuestionIsFollowedUpAndTheAcceptedRequestIsNot() {
        for (long after : new long[] {1800, 3 * 3600, 86_400}) {
            List<FollowUp> followUps = analyse(after).followUps();
            List<FollowUp> questions = followUps.stream().filter(f -> f.type() == FollowUpType.UNANSWERED_QUESTION).toList();
            assertEquals(List.of("m11"), questions.stream().map(FollowUp::messageId).toList(), after + " s later: " + followUps);
            String text = questions.get(0).suggestedText();
            assertTrue(text.contains("announcement email") && text.contains("Alice and Bob"), text);
            List<String> pending = followUps.stream().filter(f -> f.type() == FollowUpType.PENDING_REQUEST)
                    .map(FollowUp::messageId).toList();
            assertTrue(pending.isEmpty(), "chasing legal was accepted, the checklist done, Bob's notes are his own promise: " + pending);
            assertTrue(followUps.stream().noneMatch(f -> f.type() == FollowUpType.STALLED_THREAD),
                    "a thread wrapped up with thanks is not stalled: " + followUps);
        }
    }

    @Test
    void everyOtherQuestionWasAnswered() {
        boolean[] resolved = AnswerMatcher.resolved(engine.analyzeMessages(thread()));
        for (int i : new int[] {0, 3, 5, 10}) {
            assertTrue(resolved[i], "m" + i + " was answered");
        }
        assertTrue(!resolved[11], "nobody said who writes the announcement email");
    }

    @Test
    void aBriskThreadWrappedUpWithThanksIsNotDeclining() {
        for (long after : new long[] {600, 3 * 3600, 86_400}) {
            EngagementInsight engagement = analyse(after).engagement();
            assertNotEquals(EngagementTrend.DECLINING, engagement.trend(), engagement.explanation());
            assertNotEquals(EngagementTrend.RISING, engagement.trend(), engagement.explanation());
        }
    }

    @Test
    void theSameThreadLeftHangingOnItsQuestionDoesDecline() {
        // without Alice's wrap-up, a day of silence after a question in a thread that answers within minutes is a slowdown
        List<ChatMessage> messages = thread().subList(0, LINES.length - 1);
        Instant now = messages.get(messages.size() - 1).sentAt().plusSeconds(86_400);
        ConversationInsight insight = engine.summarize(engine.analyzeMessages(messages), List.of(), now);
        assertEquals(EngagementTrend.DECLINING, insight.engagement().trend(), insight.engagement().explanation());
    }
}
