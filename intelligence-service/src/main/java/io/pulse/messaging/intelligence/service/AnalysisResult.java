package io.pulse.messaging.intelligence.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/**
 * What the engines computed for the new messages of one analysis.
 *
 * @param skipped      the messages of the request left out because they were analysed before
 * @param nothingKnown whether the conversation had no history when the analysis began
 */
public record AnalysisResult(List<MessageFacts> facts, List<TopicEvidence> evidence, int skipped, boolean nothingKnown) {

    /** This result without the messages in {@code stored} (another analysis stored them while the engines ran); they count as skipped. */
    AnalysisResult without(Set<String> stored) {
        List<MessageFacts> fresh = facts.stream().filter(f -> !stored.contains(f.id())).toList();
        Set<String> freshIds = fresh.stream().map(MessageFacts::id).collect(Collectors.toSet());
        List<TopicEvidence> freshEvidence = evidence.stream().filter(e -> freshIds.contains(e.messageId())).toList();
        return new AnalysisResult(fresh, freshEvidence, skipped + facts.size() - fresh.size(), nothingKnown);
    }
}
