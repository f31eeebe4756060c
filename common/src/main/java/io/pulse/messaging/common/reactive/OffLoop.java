package io.pulse.messaging.common.reactive;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * CPU-heavy work (an engine's analysis, embedding, clustering) off the event loop: it runs on the worker pool and its
 * result comes back on the caller's Vert.x context, where Hibernate Reactive sessions must be used and where the
 * request's transaction, if any, continues.
 */
public final class OffLoop {

    private OffLoop() {
    }

    /** {@code work} on the worker pool, its result emitted on the calling thread's Vert.x context (if any). */
    public static <T> Uni<T> compute(Supplier<T> work) {
        return backToCaller(Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** {@code elsewhere}, emitting on the Vert.x context of the thread that calls this (if any). */
    public static <T> Uni<T> backToCaller(Uni<T> elsewhere) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return elsewhere;
        }
        Executor back = task -> context.runOnContext(ignored -> task.run());
        return elsewhere.emitOn(back);
    }
}
