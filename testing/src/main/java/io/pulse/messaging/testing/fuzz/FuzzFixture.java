package io.pulse.messaging.testing.fuzz;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.pulse.messaging.testing.TestTokens;

/**
 * What a service's test knows that the document does not: the user the requests are sent as, the ids of rows it
 * created with valid requests (so that operations on one row reach the code behind the 404), property values that
 * must be real (the caller's own id, ids of the session's ideas), bodies to use instead of the document's example,
 * and headers an operation needs (a webhook's signature over the body).
 */
public final class FuzzFixture {

    /** Headers to add to one request of an operation, for example a signature over {@code body}. */
    @FunctionalInterface
    public interface Headers {
        Map<String, String> headersFor(String operationKey, Map<String, String> caseHeaders, byte[] body);
    }

    private final UUID user;
    private final String token;
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, Object> properties = new HashMap<>();
    private final Map<String, Supplier<Object>> bodies = new HashMap<>();
    private Headers headers = (operation, caseHeaders, body) -> Map.of();

    private FuzzFixture(UUID user) {
        this.user = user;
        this.token = TestTokens.forUser(user, "Fuzz Tester");
    }

    /** Requests are sent with a valid token of {@code user}, the owner of the fixture's rows. */
    public static FuzzFixture asUser(UUID user) {
        return new FuzzFixture(user);
    }

    /** A real value for every path parameter named {@code name} (for example a session id for {@code {id}}). */
    public FuzzFixture pathValue(String name, Object value) {
        pathValues.put(name, value.toString());
        return this;
    }

    /** A real value for the path parameter {@code name} of operations on {@code pathTemplate} only. */
    public FuzzFixture pathValue(String pathTemplate, String name, Object value) {
        pathValues.put(pathTemplate + " " + name, value.toString());
        return this;
    }

    /** Every property called {@code name} in a valid body gets {@code value} (for example {@code userId}: the caller). */
    public FuzzFixture property(String name, Object value) {
        properties.put(name, value instanceof UUID ? value.toString() : value);
        return this;
    }

    /** The valid body of {@code operationKey} ({@code "POST /api/x"}), instead of the document's example. */
    public FuzzFixture body(String operationKey, Object body) {
        Object copy = Json.copy(body);
        bodies.put(operationKey, () -> copy);
        return this;
    }

    /**
     * Valid bodies of {@code operationKey} made anew for every request, for ids the walk cannot refresh itself (ids
     * that are not UUIDs, which a service may remember: an analysis skips messages it has seen).
     */
    public FuzzFixture body(String operationKey, Supplier<Object> bodies) {
        this.bodies.put(operationKey, bodies);
        return this;
    }

    public FuzzFixture headers(Headers headers) {
        this.headers = headers;
        return this;
    }

    public UUID user() {
        return user;
    }

    String token() {
        return token;
    }

    String pathValue(Operation operation, String name) {
        return pathValues.getOrDefault(operation.path() + " " + name, pathValues.get(name));
    }

    Map<String, Object> properties() {
        return properties;
    }

    Object body(Operation operation) {
        Supplier<Object> body = bodies.get(operation.key());
        return body == null ? null : Json.copy(body.get());
    }

    Map<String, String> headersFor(String operationKey, Map<String, String> caseHeaders, byte[] body) {
        return headers.headersFor(operationKey, caseHeaders, body);
    }
}
