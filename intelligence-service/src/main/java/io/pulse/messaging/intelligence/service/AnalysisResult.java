package io.pulse.messaging.intelligence.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/** What the engines computed for the messages of a request that were not analysed before (once per analysis). */
record AnalysisResult(List<MessageFacts> facts, List<TopicEvidence> evidence) {

    /** This result without the messages in {@code known} (another analysis stored them while the engines ran). */
    AnalysisResult without(Set<String> known) {
        List<MessageFacts> fresh = facts.stream().filter(f -> !known.contains(f.id())).toList();
        if (fresh.size() == facts.size()) {
            return this;
        }
        Set<String> freshIds = fresh.stream().map(MessageFacts::id).collect(Collectors.toSet());
        return new AnalysisResult(fresh, evidence.stream().filter(e -> freshIds.contains(e.messageId())).toList());
    }
}
