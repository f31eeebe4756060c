package io.pulse.messaging.autoresponse.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.validation.PlausibleTimeValidator;

/**
 * Query parameters parsed here rather than by JAX-RS, which answers a value it cannot convert with 404: a bad
 * filter is the client's mistake (400, naming the parameter), not a missing resource.
 */
final class QueryParams {

    private QueryParams() {
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be a UUID");
        }
    }

    static OffsetDateTime timestamp(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 timestamp with offset, e.g. 2026-07-01T00:00:00Z");
        }
        if (!PlausibleTimeValidator.isPlausible(parsed)) {
            throw ApiException.invalid(name, "must lie in the years 1970 to 9999");
        }
        return parsed;
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    /** The lower_snake wire value of an enum constant, checked. */
    static String enumValue(String name, String value, Enum<?>[] values) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Enum<?> v : values) {
            if (v.name().equalsIgnoreCase(value.strip())) {
                return v.name().toLowerCase();
            }
        }
        throw ApiException.invalid(name, "must be one of " + Arrays.stream(values).map(v -> v.name().toLowerCase()).toList());
    }
}
