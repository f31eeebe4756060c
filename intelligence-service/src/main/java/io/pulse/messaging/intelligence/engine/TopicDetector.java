package io.pulse.messaging.intelligence.engine;

import java.util.List;

/**
 * Finds which topics the messages are about, message by message (so that the evidence can be kept and an
 * incremental analysis only looks at new messages). The local engine is {@link EmbeddingTopicDetector}.
 */
public interface TopicDetector {

    /** The built-in taxonomy. */
    List<TopicDefinition> builtInTopics();

    /** Evidence for the built-in topics and {@code userTopics} in {@code messages} (chronological). */
    List<TopicEvidence> detect(List<ChatMessage> messages, List<TopicDefinition> userTopics);

    /** Forgets whatever it keeps of users' own topics (their names and texts), e.g. once a user is erased. */
    default void forgetUserTopics() {
    }
}
