package io.pulse.messaging.common.ai;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * One chat model per feature, built with langchain4j's OpenAI builder, which quarkus-langchain4j backs with the
 * Quarkus REST client. Retries are not the client's: {@link ModelGuards} makes them (a 429 once after its Retry-After,
 * a 5xx once), so the client's own are off. JSON mode asks for a JSON object (OpenAI, vLLM, llama.cpp, LM Studio and
 * Ollama all honour it); the shape itself is validated by each feature.
 */
@Singleton
class ChatModels {

    private final AiConfig config;
    private final Map<String, ChatModel> models = new ConcurrentHashMap<>();

    ChatModels(AiConfig config) {
        this.config = config;
    }

    ChatModel model(AiFeature feature) {
        return models.computeIfAbsent(feature.name(), name -> build(feature));
    }

    private ChatModel build(AiFeature feature) {
        return OpenAiChatModel.builder()
                .baseUrl(feature.baseUrl())
                .apiKey(feature.apiKey().orElse("none"))
                .modelName(feature.model())
                .timeout(feature.timeout())
                .maxRetries(0)
                .temperature(0.2)
                .maxTokens(feature.maxOutputTokens())
                .responseFormat("json_object")
                .logRequests(config.logPrompts())
                .logResponses(config.logPrompts())
                .build();
    }
}
