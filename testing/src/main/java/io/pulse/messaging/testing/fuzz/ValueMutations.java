package io.pulse.messaging.testing.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The bad values tried in place of one value of a body, chosen by its schema: nulls, values left out, wrong types,
 * extreme numbers and dates, huge strings and arrays, deep nesting, control characters and lone surrogates, null
 * elements and null map values, unknown enum values. Each says whether the service must refuse it: only where the
 * document forbids the value for certain (a required or non-nullable slot, a bound, a format, an enum) or the issue
 * says so (a lone surrogate, {@code "true"} for a boolean, 1.5 for an integer, dates outside years 1970-9999). A value
 * the service may accept (a control character in a free text, a number where a string goes) only has to be answered
 * without a 5xx.
 */
final class ValueMutations {

    /** Where a value sits, which decides whether null or leaving it out is allowed. */
    enum Slot { REQUIRED, OPTIONAL, PATCH, ELEMENT, MAP_VALUE }

    /** {@code value} replaces the valid one ({@link #REMOVE} leaves the property out). */
    record Mutation(String name, Object value, boolean mustReject) {
    }

    static final Object REMOVE = new Object() {
        @Override
        public String toString() {
            return "<left out>";
        }
    };

    private final Random random;
    private final StringMutations strings;

    ValueMutations(Random random) {
        this.random = random;
        this.strings = new StringMutations(random);
    }

    List<Mutation> of(SchemaNode schema, Slot slot, Object valid) {
        List<Mutation> out = new ArrayList<>();
        boolean nullRefused = !schema.nullable() && (slot == Slot.REQUIRED || slot == Slot.ELEMENT || slot == Slot.MAP_VALUE);
        out.add(new Mutation("null", null, nullRefused));
        if (slot == Slot.REQUIRED) {
            out.add(new Mutation("left out", REMOVE, true));
        }
        String type = schema.type();
        out.add(new Mutation("nested 1000 deep", nested(1000), type != null));
        if (type == null) {
            return out;
        }
        switch (type) {
            case "object" -> objects(schema, valid, out);
            case "array" -> arrays(schema, valid, out);
            case "integer" -> integers(schema, out);
            case "number" -> numbers(schema, out);
            case "boolean" -> booleans(out);
            default -> strings.of(schema, !nullRefused, out);
        }
        return out;
    }

    static Json.Raw nested(int depth) {
        return new Json.Raw("[".repeat(depth) + "]".repeat(depth));
    }

    private static void integers(SchemaNode schema, List<Mutation> out) {
        boolean int32 = "int32".equals(schema.format());
        Number min = schema.minimum();
        Number max = schema.maximum();
        out.add(new Mutation("fraction 1.5", new Json.Raw("1.5"), true));
        out.add(new Mutation("numeric string \"12\"", "12", false));
        out.add(new Mutation("text", "twelve", true));
        out.add(new Mutation("boolean", Boolean.TRUE, true));
        out.add(new Mutation("1e308", new Json.Raw("1e308"), true));
        out.add(new Mutation("-1e308", new Json.Raw("-1e308"), true));
        out.add(new Mutation("-9223372036854775808", new Json.Raw("-9223372036854775808"),
                int32 || min != null && min.doubleValue() > Long.MIN_VALUE));
        out.add(new Mutation("9223372036854775808", new Json.Raw("9223372036854775808"), true));
        out.add(new Mutation("2147483648", new Json.Raw("2147483648"), int32 || max != null && max.doubleValue() < 2147483648d));
        if (max != null) {
            out.add(new Mutation("maximum + 1", new Json.Raw(Long.toString((long) Math.floor(max.doubleValue()) + 1)), true));
        }
        if (min != null) {
            out.add(new Mutation("minimum - 1", new Json.Raw(Long.toString((long) Math.ceil(min.doubleValue()) - 1)), true));
        }
        out.add(new Mutation("NaN", new Json.Raw("NaN"), true));
        out.add(new Mutation("object", new LinkedHashMap<>(), true));
        out.add(new Mutation("array", List.of(1), true));
    }

    private static void numbers(SchemaNode schema, List<Mutation> out) {
        out.add(new Mutation("1e308", new Json.Raw("1e308"), schema.maximum() != null));
        out.add(new Mutation("-1e308", new Json.Raw("-1e308"), schema.minimum() != null));
        out.add(new Mutation("1e400 (infinite)", new Json.Raw("1e400"), schema.maximum() != null));
        out.add(new Mutation("NaN", new Json.Raw("NaN"), true));
        out.add(new Mutation("text", "twelve", true));
        out.add(new Mutation("boolean", Boolean.TRUE, true));
        out.add(new Mutation("object", new LinkedHashMap<>(), true));
    }

    private static void booleans(List<Mutation> out) {
        out.add(new Mutation("string \"true\"", "true", true));
        out.add(new Mutation("number 1", 1, true));
        out.add(new Mutation("text \"yes\"", "yes", true));
        out.add(new Mutation("object", new LinkedHashMap<>(), true));
        out.add(new Mutation("array", List.of(true), true));
    }

    private void objects(SchemaNode schema, Object valid, List<Mutation> out) {
        Map<String, Object> base = valid instanceof Map<?, ?> ? asMap(Json.copy(valid)) : new LinkedHashMap<>();
        out.add(new Mutation("text", "an object was expected", true));
        out.add(new Mutation("number", 42, true));
        out.add(new Mutation("array", List.of(), true));
        out.add(new Mutation("unknown property", with(base, "fuzzUnknown", "x"), false));
        out.add(new Mutation("unknown property nested 1000 deep", with(base, "fuzzUnknown", nested(1000)), false));
        SchemaNode values = schema.additionalProperties();
        if (values != null) {
            Object value = base.isEmpty() ? "v" : base.values().iterator().next();
            out.add(new Mutation("key with control characters", with(base, "X-\u0000\u0001\u001b[31m", value), false));
            out.add(new Mutation("100k-character key", with(base, "K".repeat(100_000), value), false));
            Map<String, Object> many = new LinkedHashMap<>(base);
            for (int i = 0; i < 10_000; i++) {
                many.put("X-Fuzz-" + i, value);
            }
            out.add(new Mutation("10k entries", many, false));
        }
    }

    private void arrays(SchemaNode schema, Object valid, List<Mutation> out) {
        Object element = valid instanceof List<?> list && !list.isEmpty() ? list.get(0) : "x";
        Integer maxItems = schema.maxItems();
        out.add(new Mutation("10k elements", Collections.nCopies(10_000, element), maxItems != null && maxItems < 10_000));
        List<Object> withNull = new ArrayList<>();
        withNull.add(Json.copy(element));
        withNull.add(null);
        out.add(new Mutation("null after an element", withNull, !schema.items().nullable()));
        if (schema.minItems() != null && schema.minItems() > 0) {
            out.add(new Mutation("empty", List.of(), true));
        }
        out.add(new Mutation("text", "an array was expected", true));
        out.add(new Mutation("number", random.nextInt(1000), true));
        out.add(new Mutation("object", new LinkedHashMap<>(Map.of("0", element)), true));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
