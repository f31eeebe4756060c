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

    /** Sends {@code body} (or nothing when null) and returns the JSON answer, empty when the answer has no body. */
    JsonObject call(String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.encode()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Demo.Failure(method + " " + path + ": cannot reach the gateway at " + gateway + " (" + e.getMessage()
                    + "). Is the suite running (./pulse up)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Demo.Failure("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new Demo.Failure(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        String text = response.body();
        return text == null || text.isBlank() ? new JsonObject() : new JsonObject(text);
    }

    /** A field of an answer as an array, empty when the answer does not have it. */
    static JsonArray array(JsonObject object, String field) {
        JsonArray array = object.getJsonArray(field);
        return array == null ? new JsonArray() : array;
    }
}
