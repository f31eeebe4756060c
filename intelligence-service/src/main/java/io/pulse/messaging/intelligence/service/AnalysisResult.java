package io.pulse.messaging.intelligence.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/**
 * What the engines computed for the messages of a request that were not analysed before (once per analysis).
 *
 * @param engine    which engine analysed them; null when there were none (the stored insight's engine stands)
 * @param localOnly how many of them the model (when it answered) was not given, beyond its budget
 */
record AnalysisResult(List<MessageFacts> facts, List<TopicEvidence> evidence, EngineUsed engine, int localOnly) {

    /** This result without the messages in {@code known} (another analysis stored them while the engines ran). */
    AnalysisResult without(Set<String> known) {
        List<MessageFacts> fresh = facts.stream().filter(f -> !known.contains(f.id())).toList();
        if (fresh.size() == facts.size()) {
            return this;
        }
        Set<String> freshIds = fresh.stream().map(MessageFacts::id).collect(Collectors.toSet());
        return new AnalysisResult(fresh, evidence.stream().filter(e -> freshIds.contains(e.messageId())).toList(), engine,
                Math.min(localOnly, fresh.size()));
    }
}
