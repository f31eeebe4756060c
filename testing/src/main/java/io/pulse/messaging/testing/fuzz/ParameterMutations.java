package io.pulse.messaging.testing.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bad values for path, query and header parameters, already percent-encoded for a URI (headers take them as they
 * are): malformed and non-canonical UUIDs, NUL and an encoded lone surrogate, huge values, non-numbers and extreme
 * numbers, booleans other than {@code true|false}, extreme and malformed dates, unknown enum values.
 */
final class ParameterMutations {

    /** {@code value} is ready to be put into a URI (or a header). */
    record Bad(String name, String value, boolean mustReject) {
    }

    private final StringMutations strings;

    ParameterMutations(StringMutations strings) {
        this.strings = strings;
    }

    List<Bad> path(Operation.Parameter parameter, String randomUuid) {
        boolean uuid = "uuid".equals(parameter.schema().format());
        List<Bad> out = new ArrayList<>();
        out.add(new Bad("not a UUID", "not-a-uuid", uuid));
        out.add(new Bad("non-canonical UUID 1-2-3-4-5", "1-2-3-4-5", false));
        out.add(new Bad("5000 characters", encode(strings.text(5000)), uuid));
        out.add(new Bad("NUL", "%00", uuid));
        out.add(new Bad("encoded lone surrogate", "%ED%A0%80", uuid));
        out.add(new Bad("control characters", encode(strings.controls(4)), uuid));
        if (uuid) {
            out.add(new Bad("random UUID", randomUuid, false));
        }
        return out;
    }

    List<Bad> query(Operation.Parameter parameter) {
        SchemaNode schema = parameter.schema();
        String type = schema.type() == null ? "string" : schema.type();
        List<Bad> out = new ArrayList<>();
        switch (type) {
            case "integer" -> integers(schema, out);
            case "boolean" -> {
                for (String notBoolean : List.of("yes", "1", "tru", "TRUE", "on")) {
                    out.add(new Bad("\"" + notBoolean + "\"", notBoolean, true));
                }
            }
            default -> strings(schema, out);
        }
        boolean typed = !"string".equals(type) || !schema.enumValues().isEmpty() || schema.format() != null;
        out.add(new Bad("empty", "", false));
        out.add(new Bad("NUL", "%00", typed || !StringMutations.allowed(schema, "\u0000")));
        out.add(new Bad("encoded lone surrogate", "%ED%A0%80", typed));
        // Twice Vert.x's 4096-character request line: a 414, and small enough to be written whole before the server closes.
        out.add(new Bad("8000 characters", strings.text(8000).replaceAll("[^A-Za-z0-9]", "a"), false));
        return out;
    }

    List<Bad> header(Operation.Parameter parameter) {
        List<Bad> out = new ArrayList<>();
        for (String value : List.of("9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308", "-1", "abc", "",
                "v1=zz", "v1=" + "0".repeat(64))) {
            out.add(new Bad("\"" + value + "\"", value, false));
        }
        out.add(new Bad("5000 characters", "x".repeat(5000), false));
        out.add(new Bad("control characters", "a\u0001\u007fb", false));
        return out;
    }

    private static void integers(SchemaNode schema, List<Bad> out) {
        boolean int32 = "int32".equals(schema.format());
        out.add(new Bad("text", "abc", true));
        out.add(new Bad("1.5", "1.5", true));
        out.add(new Bad("1e308", "1e308", true));
        out.add(new Bad("hexadecimal", "0x10", true));
        out.add(new Bad("-9223372036854775808", "-9223372036854775808", int32 || schema.minimum() != null));
        out.add(new Bad("9223372036854775808", "9223372036854775808", true));
        if (schema.maximum() != null) {
            out.add(new Bad("maximum + 1", Long.toString((long) Math.floor(schema.maximum().doubleValue()) + 1), true));
        }
        if (schema.minimum() != null) {
            out.add(new Bad("minimum - 1", Long.toString((long) Math.ceil(schema.minimum().doubleValue()) - 1), true));
        }
    }

    private void strings(SchemaNode schema, List<Bad> out) {
        out.add(new Bad("\"1-2-3-4-5\"", "1-2-3-4-5", false));
        List<String> candidates = new ArrayList<>(List.of("not-a-uuid", "yesterday", "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00Z", "no_such_value", "' or 1=1 --", "%", "../../q/metrics", strings.controls(4)));
        if (!schema.enumValues().isEmpty()) {
            out.add(new Bad("enum value in upper case", encode(schema.enumValues().get(0).toUpperCase(Locale.ROOT)), false));
        }
        for (String candidate : candidates) {
            out.add(new Bad("\"" + candidate.replaceAll("\\p{Cntrl}", "?") + "\"", encode(candidate),
                    !StringMutations.allowed(schema, candidate)));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
