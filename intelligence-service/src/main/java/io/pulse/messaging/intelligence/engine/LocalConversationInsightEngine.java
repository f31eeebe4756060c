package io.pulse.messaging.intelligence.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in engine: sentiment (lexicon, cues and a learned layer over sentence embeddings), embedding topics, and
 * the metric engines of this package.
 */
public final class LocalConversationInsightEngine implements ConversationInsightEngine {

    static final int EXCERPT = 160;
    static final int SIGNALS_KEPT = 5;

    private final SentimentAnalyzer sentiment;
    private final TopicDetector topics;
    private final ConversationSentimentAggregator aggregator = new ConversationSentimentAggregator();
    private final ParticipantAnalyzer participants = new ParticipantAnalyzer();
    private final EngagementAnalyzer engagement = new EngagementAnalyzer();
    private final FollowUpDetector followUps;
    private final SentimentShiftDetector shifts = new SentimentShiftDetector();

    public LocalConversationInsightEngine(SentimentAnalyzer sentiment, TopicDetector topics, FollowUpDetector followUps) {
        this.sentiment = sentiment;
        this.topics = topics;
        this.followUps = followUps;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public List<MessageFacts> analyzeMessages(List<ChatMessage> messages) {
        List<MessageFacts> facts = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            SentimentResult s = sentiment.analyze(m.content());
            List<SentimentSignal> signals = s.signals().size() > SIGNALS_KEPT ? List.copyOf(s.signals().subList(0, SIGNALS_KEPT)) : s.signals();
            MessageClassifier.Cues cues = MessageClassifier.classify(m.content());
            facts.add(new MessageFacts(m.id(), m.senderId(), m.senderName(), m.sentAt(), m.replyTo(), s.label(), s.score(),
                    s.confidence(), signals, cues.words(), cues.question(), cues.request(), cues.acknowledgement(),
                    cues.closing(), MessageClassifier.excerpt(m.content(), EXCERPT)));
        }
        return facts;
    }

    @Override
    public List<TopicEvidence> detectTopics(List<ChatMessage> messages, List<TopicDefinition> userTopics) {
        return topics.detect(messages, userTopics);
    }

    @Override
    public ConversationInsight summarize(List<MessageFacts> messages, List<TopicEvidence> topicEvidence, Instant now) {
        List<MessageSentiment> perMessage = messages.stream()
                .map(MessageSentiment::of)
                .toList();
        boolean[] settled = AnswerMatcher.resolved(messages);
        return new ConversationInsight(aggregator.aggregate(messages), perMessage,
                EmbeddingTopicDetector.aggregate(topicEvidence), participants.analyze(messages),
                engagement.analyze(messages, now, settled), followUps.detect(messages, now, settled), shifts.detect(messages));
    }
}
