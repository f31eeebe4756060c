package io.pulse.messaging.brainstorm.service;

import java.util.concurrent.Executor;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Brings the result of CPU-heavy engine work (embedding, clustering), which runs on a worker thread, back to the
 * caller's Vert.x context, where Hibernate Reactive sessions must be used.
 */
final class OffLoop {

    private OffLoop() {
    }

    /** {@code elsewhere}, emitting on the Vert.x context of the thread that calls this (if any). */
    static <T> Uni<T> backToCaller(Uni<T> elsewhere) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return elsewhere;
        }
        Executor back = task -> context.runOnContext(ignored -> task.run());
        return elsewhere.emitOn(back);
    }
}
