package io.pulse.messaging.intelligence.engine.llm;

import java.util.List;

import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/**
 * The per-message work of an analysis: facts and topic evidence of the new messages (chronological), whichever engine
 * produced them.
 *
 * @param modelMessages how many of the messages the model was given (0 when the local engine answered): the others,
 *                      the oldest ones, were beyond its budget and analysed by the local engine alone
 */
public record ModelAnalysis(List<MessageFacts> facts, List<TopicEvidence> evidence, int modelMessages) {

    /** The local engine's analysis. */
    public static ModelAnalysis local(List<MessageFacts> facts, List<TopicEvidence> evidence) {
        return new ModelAnalysis(facts, evidence, 0);
    }
}
