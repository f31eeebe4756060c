package io.pulse.messaging.intelligence.engine.llm;

import java.util.List;

/**
 * The answer the conversation analysis asks the model for, as read by {@code ModelJson} (every field nullable: what is
 * missing or wrong is found by validation, item by item, not by the parser).
 */
record InsightAnswer(List<Item> messages) {

    /** One message's judgement. */
    record Item(String id, String label, Double score, String reason, List<Topic> topics, FollowUp followUp) {
    }

    /** A topic of the message, named from the topics the request lists. */
    record Topic(String name, Double confidence, List<String> keywords) {
    }

    /** What the message waits for, when it asks a question or for an action. */
    record FollowUp(String type, String owner, String due, String suggestedText) {
    }
}
