package io.pulse.messaging.common.ai;

import java.time.Duration;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.vertx.core.Context;

/**
 * Calls a feature's model: refuses on the event loop (a call blocks for seconds), refuses a prompt over the token
 * budget, guards the call ({@link ModelGuards}), counts it ({@link AiMetrics}). Logs no message text unless
 * {@code PULSE_AI_LOG_PROMPTS} is on (then at DEBUG, for development).
 */
@Singleton
public class ModelClient {

    private static final Logger LOG = Logger.getLogger(ModelClient.class);

    private final ChatModels models;
    private final ModelGuards guards;
    private final AiMetrics metrics;
    private final AiConfig config;

    ModelClient(ChatModels models, ModelGuards guards, AiMetrics metrics, AiConfig config) {
        this.models = models;
        this.guards = guards;
        this.metrics = metrics;
        this.config = config;
    }

    /** The model's answer to {@code prompt}; a {@link ModelFailure} says why there is none. Blocks. */
    public ModelReply complete(AiFeature feature, Prompt prompt) throws ModelFailure {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a model call must not run on the event loop");
        }
        if (prompt.estimatedTokens() > feature.maxInputTokens()) {
            throw new ModelFailure(FallbackReason.OVER_BUDGET, "the prompt needs about " + prompt.estimatedTokens()
                    + " tokens, over the budget of " + feature.maxInputTokens());
        }
        if (config.logPrompts()) {
            LOG.debugf("%s prompt: %s%n%s", feature.name(), prompt.instructions(), prompt.data());
        }
        long start = System.nanoTime();
        try {
            ModelReply reply = guards.call(feature, () -> ask(feature, prompt));
            metrics.call(feature, "answered", Duration.ofNanos(System.nanoTime() - start));
            metrics.tokens(feature, reply.inputTokens(), reply.outputTokens());
            return reply;
        } catch (Exception e) {
            FallbackReason reason = Failures.reason(e);
            metrics.call(feature, reason.wire(), Duration.ofNanos(System.nanoTime() - start));
            LOG.debugf("%s: model %s gave no answer (%s): %s", feature.name(), feature.model(), reason.wire(),
                    e.toString());
            throw new ModelFailure(reason, "the model gave no answer: " + reason.wire(), e);
        }
    }

    private ModelReply ask(AiFeature feature, Prompt prompt) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.instructions()), UserMessage.from(prompt.data()))
                .build();
        ChatResponse response = models.model(feature).chat(request);
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (config.logPrompts()) {
            LOG.debugf("%s answer: %s", feature.name(), text);
        }
        TokenUsage usage = response.tokenUsage();
        int in = usage != null && usage.inputTokenCount() != null ? usage.inputTokenCount() : prompt.estimatedTokens();
        int out = usage != null && usage.outputTokenCount() != null ? usage.outputTokenCount()
                : TokenBudget.estimate(text);
        return new ModelReply(text, in, out);
    }
}
