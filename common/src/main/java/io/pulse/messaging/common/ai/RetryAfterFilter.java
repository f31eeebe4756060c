package io.pulse.messaging.common.ai;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Remembers the {@code Retry-After} of a provider's 429 (seconds or an HTTP date), per host, since the model client
 * turns the response into an exception without its headers: {@link RetryPolicy} waits that long before its one retry,
 * or answers locally at once when the wait does not fit in the call's deadline.
 */
@Provider
public class RetryAfterFilter implements ClientResponseFilter {

    private static final Map<String, Instant> NOT_BEFORE = new ConcurrentHashMap<>();
    private static final Duration LONGEST = Duration.ofHours(1);

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() != 429) {
            return;
        }
        String authority = request.getUri().getAuthority();
        Optional<Duration> wait = parse(response.getHeaderString("Retry-After"));
        if (wait.isPresent()) {
            NOT_BEFORE.put(authority, Instant.now().plus(wait.get().compareTo(LONGEST) > 0 ? LONGEST : wait.get()));
        } else {
            NOT_BEFORE.remove(authority); // this 429 said nothing: an earlier one's wait does not apply to it
        }
    }

    /** How long the provider at {@code authority} asked us to wait, from now; empty when it did not say or it is over. */
    static Optional<Duration> waitFor(String authority) {
        Instant until = NOT_BEFORE.get(authority);
        if (until == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(Instant.now(), until);
        if (left.isNegative() || left.isZero()) {
            NOT_BEFORE.remove(authority, until);
            return Optional.empty();
        }
        return Optional.of(left);
    }

    static Optional<Duration> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            if (value.chars().allMatch(Character::isDigit) && value.length() <= 9) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
