package io.pulse.messaging.intelligence.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Synthetic conversations for the engine tests. */
final class Threads {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalConversationInsightEngine FACTS = new LocalConversationInsightEngine(
            LexiconSentimentAnalyzer.builtIn(), new NoTopics(), FollowUpDetector.defaults());

    private Threads() {
    }

    static List<MessageFacts> facts(List<ChatMessage> messages) {
        return FACTS.analyzeMessages(messages);
    }

    static ChatMessage msg(int id, String sender, String text, Instant at) {
        return new ChatMessage("m" + id, sender, capital(sender), text, at, null);
    }

    static ChatMessage reply(int id, String sender, String text, Instant at, String replyTo) {
        return new ChatMessage("m" + id, sender, capital(sender), text, at, replyTo);
    }

    /** Two people alternating, with the given gaps (seconds) between consecutive messages. */
    static List<MessageFacts> withGaps(long... gaps) {
        List<ChatMessage> messages = new ArrayList<>();
        Instant at = T0;
        messages.add(msg(0, "ann", "Status update on the rollout, see the notes in the doc", at));
        for (int i = 0; i < gaps.length; i++) {
            at = at.plusSeconds(gaps[i]);
            messages.add(msg(i + 1, i % 2 == 0 ? "ben" : "ann", "Status update on the rollout, see the notes in the doc", at));
        }
        return facts(messages);
    }

    static Instant last(List<MessageFacts> facts) {
        return facts.get(facts.size() - 1).sentAt();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static final class NoTopics implements TopicDetector {
        @Override
        public List<TopicDefinition> builtInTopics() {
            return List.of();
        }

        @Override
        public List<TopicEvidence> detect(List<ChatMessage> messages, List<TopicDefinition> userTopics) {
            return List.of();
        }
    }
}
