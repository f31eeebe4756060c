package io.pulse.messaging.common.api;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.validation.PlausibleTimeValidator;

/**
 * The opaque position of a keyset page: the sort key of the last row a client has seen, which the next page
 * continues after. Clients treat it as an opaque string; a tampered or foreign cursor is a 400, never a 500.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private final List<String> parts;

    private Cursor(List<String> parts) {
        this.parts = parts;
    }

    /** A cursor made of the given sort key values, in order. */
    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(Cursor::text).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a client's cursor that must hold {@code size} values.
     *
     * @throws ApiException 400 for anything that is not such a cursor
     */
    public static Cursor decode(String encoded, int size) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != size) {
                throw invalid();
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String text(int index) {
        return parts.get(index);
    }

    public long number(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(parts.get(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A timestamp part; one outside the years 1970-9999, which no cursor of ours holds, is refused like any forgery. */
    public OffsetDateTime timestamp(int index) {
        try {
            OffsetDateTime value = OffsetDateTime.parse(parts.get(index));
            if (!PlausibleTimeValidator.isPlausible(value)) {
                throw invalid();
            }
            return value.withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    private static String text(Object value) {
        String text = value instanceof OffsetDateTime time ? time.withOffsetSameInstant(ZoneOffset.UTC).toString() : String.valueOf(value);
        if (text.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("A cursor value may not contain the separator");
        }
        return text;
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor returned by this list");
    }
}
