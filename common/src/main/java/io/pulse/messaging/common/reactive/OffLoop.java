package io.pulse.messaging.common.reactive;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * CPU-heavy work (an engine's analysis, embedding, clustering) off the event loop: it runs on the worker pool and its
 * result comes back on the caller's Vert.x context, where the SQL client's connection of a transaction belongs and where the
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
        Executor back = callersContext();
        return back == null ? elsewhere : elsewhere.emitOn(back);
    }

    /** {@code elsewhere} (a stream fed from another thread), emitting on the calling thread's Vert.x context (if any). */
    public static <T> Multi<T> backToCaller(Multi<T> elsewhere) {
        Executor back = callersContext();
        return back == null ? elsewhere : elsewhere.emitOn(back);
    }

    private static Executor callersContext() {
        Context context = Vertx.currentContext();
        return context == null ? null : task -> context.runOnContext(ignored -> task.run());
    }
}
