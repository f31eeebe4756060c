package io.pulse.messaging.testing.fuzz;

import java.util.Map;

/**
 * One request of the walk: {@code uri} is the path with its query, already encoded; {@code body} is null for a
 * request without one; {@code mustReject} says that anything but a 4xx is wrong (otherwise only a 5xx is).
 */
public record FuzzCase(Operation operation, String label, boolean mustReject, String uri, Map<String, String> headers,
        byte[] body, String contentType) {
}
