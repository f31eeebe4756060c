package io.pulse.messaging.common.ai;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The language-model settings, the same names in every service ({@code PULSE_AI_*}); a feature may override the
 * provider (for example {@code PULSE_AI_FEATURE_SENTIMENT_PROVIDER=local} keeps sentiment local), the model and the
 * timeout.
 */
@ConfigMapping(prefix = "pulse.ai")
public interface AiConfig {

    @WithDefault("local")
    AiProvider provider();

    /** The API's base URL, up to and including {@code /v1}; the provider's default when absent. */
    Optional<String> baseUrl();

    /** Sent as the bearer token; never logged. Absent for servers without keys (Ollama, most self-hosted ones). */
    Optional<String> apiKey();

    Optional<String> model();

    /** One model call's bound, retries included: beyond it the local engine answers. */
    @WithDefault("20s")
    Duration timeout();

    /** The most input one call may carry, in (estimated) tokens; longer inputs are cut to fit or answered locally. */
    @WithDefault("6000")
    int maxInputTokens();

    /** The most output one call may produce, in tokens. */
    @WithDefault("1200")
    int maxOutputTokens();

    /** Model calls in flight at once in this replica; one more is answered locally ({@code rate-limited}). */
    @WithDefault("4")
    int maxConcurrency();

    /** How long the circuit stays open after the model failed half of the last 10 calls. */
    @WithDefault("30s")
    Duration circuitOpenFor();

    /** Logs prompts and answers at DEBUG: for development only, since they hold message text. */
    @WithDefault("false")
    boolean logPrompts();

    /** Overrides per feature ({@code summary}, {@code digest}, {@code smart-replies}, {@code sentiment}, ...). */
    Map<String, FeatureOverride> feature();

    interface FeatureOverride {
        Optional<AiProvider> provider();

        Optional<String> model();

        Optional<Duration> timeout();

        Optional<Integer> maxInputTokens();
    }
}
