package io.pulse.messaging.bench.ai;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An OpenAI-compatible chat server for the benchmark (and CI, which has no model): it answers each chat completion
 * after a fixed latency, as a model would, with an answer {@link FakeAnswers} derives from the request's data.
 * The latency stands for the model's; what the benchmark measures is what the services add around it.
 */
final class FakeProvider implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Duration latency;
    private final AtomicInteger calls = new AtomicInteger();

    FakeProvider(Duration latency) throws Exception {
        this.latency = latency;
        this.server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    int calls() {
        return calls.get();
    }

    private void handle(HttpServerRequest request) {
        if (request.path().equals("/v1/models")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"object\":\"list\",\"data\":[]}");
            return;
        }
        if (!request.path().equals("/v1/chat/completions")) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.body().onSuccess(body -> {
            calls.incrementAndGet();
            String answer = FakeAnswers.answer(body.toJsonObject());
            vertx.setTimer(Math.max(1, latency.toMillis()), id -> request.response()
                    .putHeader("Content-Type", "application/json").end(completion(answer).encode()));
        });
    }

    private static JsonObject completion(String content) {
        return new JsonObject().put("id", "chatcmpl-bench").put("object", "chat.completion").put("model", "bench-fake")
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0).put("finish_reason", "stop")
                        .put("message", new JsonObject().put("role", "assistant").put("content", content))))
                .put("usage", new JsonObject().put("prompt_tokens", 800).put("completion_tokens", 150)
                        .put("total_tokens", 950));
    }

    @Override
    public void close() {
        vertx.close();
    }
}
