package io.pulse.messaging.common.ai;

/**
 * Which engine produced a response: {@code llm:<model>}, {@code local}, or {@code local-fallback} with the reason the
 * model's answer was not used.
 *
 * @param engine the response's {@code engine} field
 * @param fallbackReason the response's {@code fallbackReason} ({@code null} unless {@code local-fallback})
 */
public record EngineUsed(String engine, String fallbackReason) {

    public static final String LOCAL = "local";
    public static final String LOCAL_FALLBACK = "local-fallback";

    public static EngineUsed local() {
        return new EngineUsed(LOCAL, null);
    }

    public static EngineUsed model(String model) {
        return new EngineUsed("llm:" + model, null);
    }

    public static EngineUsed fallback(FallbackReason reason) {
        return new EngineUsed(LOCAL_FALLBACK, reason.wire());
    }

    public boolean fellBack() {
        return fallbackReason != null;
    }
}
