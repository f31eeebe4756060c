package io.pulse.messaging.brainstorm.service;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs CPU-heavy engine work (embedding, clustering) on a worker thread and comes back to the caller's Vert.x
 * context, where Hibernate Reactive sessions must be used.
 */
final class OffLoop {

    private OffLoop() {
    }

    static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> computed = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        if (context == null) {
            return computed;
        }
        Executor back = task -> context.runOnContext(ignored -> task.run());
        return computed.emitOn(back);
    }
}
