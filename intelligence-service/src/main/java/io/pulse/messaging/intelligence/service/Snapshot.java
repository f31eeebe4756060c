package io.pulse.messaging.intelligence.service;

import java.util.List;
import java.util.Set;

import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;

/**
 * What an analysis reads of a conversation before the engines compute, bounded by the request and by what the insight
 * covers, never by the length of the history.
 *
 * @param revision      the conversation row's revision (0 when it has none yet): the insight is stored only over it
 * @param known         the request's message ids that were analysed before
 * @param covered       the latest analysed messages, at most as many as the insight covers, oldest first
 * @param coveredTopics the topic detections of those messages
 * @param savedTopics   the user's saved custom topics (looked for in the new messages)
 */
record Snapshot(long revision, Set<String> known, List<SentimentHistoryEntry> covered, List<TopicDetectionEntry> coveredTopics,
        List<TopicDefinition> savedTopics) {

    /** A conversation analysed for the first time. */
    static final Snapshot NONE = new Snapshot(0, Set.of(), List.of(), List.of(), List.of());

    Snapshot withSavedTopics(List<TopicDefinition> topics) {
        return new Snapshot(revision, known, covered, coveredTopics, List.copyOf(topics));
    }
}
