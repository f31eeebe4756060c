package io.pulse.messaging.common.config;

import java.util.Map;
import java.util.function.IntSupplier;

import io.smallrye.config.common.MapBackedConfigSource;

/**
 * One Vert.x event loop per processor the JVM may use, instead of Quarkus's two. The services never block an event
 * loop (database, HTTP and inference work is asynchronous or on worker threads), so a loop can keep a core busy on its
 * own; more loops than cores only add hand-offs and wake-ups between threads. Measured on auto-response's rule list
 * (bench/README.md, "Event loops"): fewer loops, less service CPU per request. A pod limited to one CPU gets one loop.
 * Ordinal 50, below every file and the environment: {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE} (the local suite sets
 * it when it runs several services on one machine) or a service's {@code application.properties} still decide.
 */
public class EventLoopDefault extends MapBackedConfigSource {

    static final String PROPERTY = "quarkus.vertx.event-loops-pool-size";

    public EventLoopDefault() {
        this(Runtime.getRuntime()::availableProcessors);
    }

    EventLoopDefault(IntSupplier processors) {
        super("pulse-event-loop-default", Map.of(PROPERTY, Integer.toString(Math.max(1, processors.getAsInt()))), 50);
    }
}
