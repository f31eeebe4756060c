package io.pulse.messaging.intelligence.service;

import java.util.List;
import java.util.Set;

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
 */
record Snapshot(long revision, Set<String> known, List<SentimentHistoryEntry> covered, List<TopicDetectionEntry> coveredTopics) {

    /** A conversation analysed for the first time. */
    static final Snapshot NONE = new Snapshot(0, Set.of(), List.of(), List.of());
}
