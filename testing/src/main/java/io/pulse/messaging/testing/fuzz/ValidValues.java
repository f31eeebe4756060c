package io.pulse.messaging.testing.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Valid values from the document: the example it gives (an operation's body, a schema's), or one built from the
 * schema's types, formats, enums and bounds. Every UUID of an example (also inside a string, such as {@code m-<uuid>})
 * is replaced by a fresh one, consistently
 * within one body (so that a {@code replyTo} still names a message of the same body), except the real ids the
 * fixture gave (path values, property values, anything in its bodies); then every property the fixture names gets
 * the fixture's value.
 */
final class ValidValues {

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_DEPTH = 8;

    private final Random random;
    private final FuzzFixture fixture;
    private final Set<String> realIds = new HashSet<>();

    ValidValues(Random random, FuzzFixture fixture, List<Operation> operations) {
        this.random = random;
        this.fixture = fixture;
        for (Operation operation : operations) {
            collectStrings(fixture.body(operation), realIds);
            operation.in("path").forEach(parameter -> {
                String real = fixture.pathValue(operation, parameter.name());
                if (real != null) {
                    realIds.add(real);
                }
            });
        }
        fixture.properties().values().forEach(value -> collectStrings(value, realIds));
    }

    /** A valid body for {@code operation}: the fixture's, the document's example, or one built from the schema. */
    Object body(Operation operation) {
        Object body = fixture.body(operation);
        if (body == null) {
            body = operation.bodyExample() != null ? Json.copy(operation.bodyExample()) : generate(operation.body(), 0);
        }
        return withFixtureProperties(freshIds(body));
    }

    /** The real value the fixture gave for a path parameter, or null. */
    String realPathValue(Operation operation, Operation.Parameter parameter) {
        return fixture.pathValue(operation, parameter.name());
    }

    /** A copy of {@code value} with every UUID but the fixture's real ids replaced (the same UUID by the same new one). */
    Object freshIds(Object value) {
        return refresh(Json.copy(value), new HashMap<>());
    }

    private Object refresh(Object value, Map<String, String> replaced) {
        if (value instanceof String text && !realIds.contains(text)) {
            return UUID_TEXT.matcher(text).replaceAll(found -> realIds.contains(found.group()) ? found.group()
                    : replaced.computeIfAbsent(found.group().toLowerCase(Locale.ROOT), old -> uuid()));
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            object.replaceAll((key, child) -> refresh(child, replaced));
        } else if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> array = (List<Object>) list;
            array.replaceAll(child -> refresh(child, replaced));
        }
        return value;
    }

    private Object withFixtureProperties(Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            object.replaceAll((key, child) -> fixture.properties().containsKey(key)
                    ? Json.copy(fixture.properties().get(key)) : withFixtureProperties(child));
        } else if (value instanceof List<?> list) {
            list.forEach(this::withFixtureProperties);
        }
        return value;
    }

    /** A valid value of {@code schema}: its example, else one built from its type. */
    Object generate(SchemaNode schema, int depth) {
        Object example = schema.example();
        if (example != null) {
            return withFixtureProperties(freshIds(example));
        }
        String type = schema.type();
        if (type == null) {
            return "fuzz";
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> integer(schema);
            case "number" -> integer(schema).doubleValue();
            case "boolean" -> Boolean.TRUE;
            default -> string(schema);
        };
    }

    private Map<String, Object> object(SchemaNode schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        Set<String> required = schema.required();
        schema.properties().forEach((name, property) -> {
            if (required.contains(name) || property.example() != null) {
                object.put(name, fixture.properties().containsKey(name) ? Json.copy(fixture.properties().get(name))
                        : generate(property, depth + 1));
            }
        });
        return object;
    }

    private List<Object> array(SchemaNode schema, int depth) {
        List<Object> array = new ArrayList<>();
        int size = Math.max(1, schema.minItems() == null ? 1 : schema.minItems());
        for (int i = 0; i < size && depth < MAX_DEPTH; i++) {
            array.add(generate(schema.items(), depth + 1));
        }
        return array;
    }

    private static Long integer(SchemaNode schema) {
        long value = schema.minimum() != null ? (long) Math.ceil(schema.minimum().doubleValue()) : 1;
        if (schema.maximum() != null) {
            value = Math.min(value, (long) Math.floor(schema.maximum().doubleValue()));
        }
        return value;
    }

    private String string(SchemaNode schema) {
        if (!schema.enumValues().isEmpty()) {
            return schema.enumValues().get(0);
        }
        String format = schema.format() == null ? "" : schema.format();
        return switch (format) {
            case "uuid" -> uuid();
            case "date-time" -> Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
            case "local-time" -> "09:30";
            default -> "fuzz value".substring(0, Math.max(4, Math.min(10,
                    schema.maxLength() == null ? 10 : schema.maxLength())));
        };
    }

    String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    private static void collectStrings(Object value, Set<String> into) {
        if (value instanceof String text) {
            into.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(child -> collectStrings(child, into));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> collectStrings(child, into));
        }
    }
}
