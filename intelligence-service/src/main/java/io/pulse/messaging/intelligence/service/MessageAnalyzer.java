package io.pulse.messaging.intelligence.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.ConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicDetector;
import io.pulse.messaging.intelligence.engine.TopicEvidence;
import io.pulse.messaging.intelligence.engine.llm.InsightTask;
import io.pulse.messaging.intelligence.engine.llm.ModelAnalysis;

/**
 * The per-message work of an analysis: the local engine on the new messages, then, unless the {@value #FEATURE}
 * feature is local, the model over the latest of them that fit its budget ({@link InsightTask}), merged message by
 * message. Blocks for the model's call: the service runs it on a worker thread while it holds no connection.
 */
@ApplicationScoped
class MessageAnalyzer {

    /** The feature's name in {@code pulse.ai.feature.<name>.*} and in the metrics. */
    static final String FEATURE = "insight";

    private final ConversationInsightEngine engine;
    private final TopicDetector topics;
    private final ModelOrLocal models;

    MessageAnalyzer(ConversationInsightEngine engine, TopicDetector topics, ModelOrLocal models) {
        this.engine = engine;
        this.topics = topics;
        this.models = models;
    }

    /**
     * @param fresh      the messages not analysed before (chronological)
     * @param userTopics the request's own topics
     * @param request    all the request's messages: their senders are the participants a follow-up may name
     */
    AnalysisResult analyze(List<ChatMessage> fresh, List<TopicDefinition> userTopics, List<ChatMessage> request) {
        List<MessageFacts> facts = engine.analyzeMessages(fresh);
        List<TopicEvidence> evidence = engine.detectTopics(fresh, userTopics);
        ModelAnalysis local = ModelAnalysis.local(facts, evidence);
        if (fresh.isEmpty()) {
            return new AnalysisResult(facts, evidence, null, 0);
        }
        int maxOutput = models.feature(FEATURE).maxOutputTokens();
        Generated<ModelAnalysis> generated = models.generate(FEATURE,
                new InsightTask(fresh, InsightTask.participants(request), topics.builtInTopics(), userTopics, local, maxOutput));
        ModelAnalysis result = generated.value();
        int localOnly = modelAnswered(generated.engine()) ? fresh.size() - result.modelMessages() : 0;
        return new AnalysisResult(result.facts(), result.evidence(), generated.engine(), localOnly);
    }

    /** Whether the model's answer was used (engine {@code llm:<model>}). */
    static boolean modelAnswered(EngineUsed engine) {
        return engine != null && !engine.fellBack() && !EngineUsed.LOCAL.equals(engine.engine());
    }
}
