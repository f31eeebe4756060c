package io.pulse.messaging.autoresponse.support;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;

/**
 * Counts the statements the application sends to PostgreSQL (Hibernate Reactive's and the SQL client's alike: both run
 * on the same Vert.x pool), through Vert.x's tracing hook: the SQL client reports every statement it sends as a
 * "Query" request. Tests read {@link #count()} before and after a request.
 */
@Singleton
@Unremovable
public class StatementCounter implements VertxOptionsCustomizer {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    public static long count() {
        return STATEMENTS.get();
    }

    @Override
    public void accept(VertxOptions options) {
        options.setTracingOptions(new TracingOptions().setFactory(ignored -> new Counting()));
    }

    private static final class Counting implements VertxTracer<Object, Object> {
        @Override
        public <R> Object sendRequest(Context context, SpanKind kind, TracingPolicy policy, R request, String operation,
                                      BiConsumer<String, String> headers, TagExtractor<R> tagExtractor) {
            if ("Query".equals(operation)) {
                STATEMENTS.incrementAndGet();
            }
            return null;
        }
    }
}
