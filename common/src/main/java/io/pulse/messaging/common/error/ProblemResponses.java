package io.pulse.messaging.common.error;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerResponse;

/** Writes problem documents, both from JAX-RS exception mappers and from plain Vert.x route handlers. */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(serialize(problem));
        decorate(problem, builder::header);
        return builder.build();
    }

    public void write(HttpServerResponse response, Problem problem) {
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        decorate(problem, response::putHeader);
        response.end(serialize(problem));
    }

    /** A 500 whose details are logged under a fresh id, and only that id is told to the client. */
    public Problem unexpected(Throwable failure, String method, String path) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(failure, "Unexpected error %s on %s %s", errorId, method, path);
        ProblemType type = ProblemType.INTERNAL;
        return new Problem(type.uri(), type.title(), type.status(),
                "The request failed unexpectedly. Quote error id " + errorId + " when reporting it.", path, null, errorId);
    }

    private static void decorate(Problem problem, java.util.function.BiConsumer<String, String> header) {
        if (problem.status() == 401) {
            header.accept(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 503 || problem.status() == 429) {
            header.accept(HttpHeaders.RETRY_AFTER, "5");
        }
        header.accept(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document could not be written", e);
        }
    }
}
