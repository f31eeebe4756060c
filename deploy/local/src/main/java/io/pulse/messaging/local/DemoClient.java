package io.pulse.messaging.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The demo's calls to the services, through the gateway as the demo user; any answer but a 2xx stops the demo. */
final class DemoClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String token;

    DemoClient(String gateway, String token) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.token = token;
    }

    /** The gateway's base URL, without a trailing slash. */
    String gateway() {
        return gateway;
    }

    /** An answer: its status, its content type (empty when none) and its body (empty when none). */
    record Answer(int status, String contentType, String body) {

        /** The body as JSON, empty when there is none. */
        JsonObject json() {
            return body.isBlank() ? new JsonObject() : new JsonObject(body);
        }
    }

    /** Sends {@code body} (or nothing when null) and returns the JSON answer, empty when the answer has no body. */
    JsonObject call(String method, String path, JsonObject body) {
        Answer answer = exchange(method, path, body);
        if (answer.status() / 100 != 2) {
            throw new Demo.Failure(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** Sends {@code body} (or nothing when null) and returns whatever the gateway answered. */
    Answer exchange(String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.encode()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body() == null ? "" : response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), text);
        } catch (IOException e) {
            throw new Demo.Failure(method + " " + path + ": cannot reach the gateway at " + gateway + " (" + e.getMessage()
                    + "). Is the suite running (./pulse up)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Demo.Failure("interrupted");
        }
    }

    /** Opens {@code path} as a server-sent event stream through the gateway. */
    EventStream events(String path) {
        return EventStream.open(http, gateway + path, token);
    }

    /** A field of an answer as an array, empty when the answer does not have it. */
    static JsonArray array(JsonObject object, String field) {
        JsonArray array = object.getJsonArray(field);
        return array == null ? new JsonArray() : array;
    }
}
