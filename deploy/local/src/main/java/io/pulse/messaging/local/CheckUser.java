package io.pulse.messaging.local;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * One user of the feature checks: a fresh id per run (so runs never see each other's data), its own token, and calls
 * through the gateway that state what they expect. A call whose answer is not the expected one throws
 * {@link CheckFailure} with the method, path, status and body, which ends the check it belongs to.
 */
final class CheckUser {

    private final UUID id;
    private final String name;
    private final DemoClient client;

    CheckUser(String gateway, String name) {
        this.id = UUID.randomUUID();
        this.name = name;
        String token = TokenMinter.development().forUser(id).name(name).lifetime(Duration.ofHours(1)).sign();
        this.client = new DemoClient(gateway, token);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    DemoClient client() {
        return client;
    }

    /** A call that must succeed (any 2xx); its JSON answer, empty when there is none. */
    JsonObject ok(String method, String path, JsonObject body) {
        DemoClient.Answer answer = exchange(method, path, body);
        if (answer.status() / 100 != 2) {
            throw unexpected("a 2xx", method, path, answer);
        }
        return answer.json();
    }

    /** A call that must answer {@code status}; a 4xx or 5xx must be a problem+json document. Its JSON answer. */
    JsonObject expect(int status, String method, String path, JsonObject body) {
        DemoClient.Answer answer = exchange(method, path, body);
        if (answer.status() != status) {
            throw unexpected(String.valueOf(status), method, path, answer);
        }
        if (status >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            throw new CheckFailure(method + " " + path + " answered " + status + " as " + answer.contentType()
                    + ", not application/problem+json: " + answer.body());
        }
        return answer.json();
    }

    private DemoClient.Answer exchange(String method, String path, JsonObject body) {
        try {
            return client.exchange(method, path, body);
        } catch (Demo.Failure e) {
            throw new CheckFailure(e.getMessage());
        }
    }

    private static CheckFailure unexpected(String expected, String method, String path, DemoClient.Answer answer) {
        String body = answer.body().length() > 600 ? answer.body().substring(0, 600) + "..." : answer.body();
        return new CheckFailure(method + " " + path + ": expected " + expected + ", got " + answer.status() + ": " + body);
    }
}
