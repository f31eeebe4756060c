package io.pulse.messaging.common.ai;

/** A feature's result and the engine that produced it. */
public record Generated<T>(T value, EngineUsed engine) {
}
