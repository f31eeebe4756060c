package io.pulse.messaging.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulse.messaging.testing.fuzz.ValueMutations.Mutation;
import io.pulse.messaging.testing.fuzz.ValueMutations.Slot;

/**
 * Walks a valid body along its schema and yields one {@link Edit} per (place, bad value): every property the schema
 * declares (present in the valid body or not), the first element of every array and one value of every map, down to
 * a fixed depth. A property the valid body leaves out gets a valid value of its own first when the walk goes inside
 * it, so that a bad value deep in an optional object is the only thing wrong with the request.
 */
final class BodyMutations {

    private static final int MAX_DEPTH = 6;
    private static final String SOME_KEY = "X-Fuzz-Header";

    /** One bad value at {@code path} of {@code base} (a valid body, with the optional objects along the path filled in). */
    record Edit(Object base, List<Object> path, Mutation mutation) {

        String label() {
            return Paths.label(path) + ": " + mutation.name();
        }

        /** This edit made on top of {@code body} (another edit's result). */
        Object applyTo(Object body) {
            return Paths.set(body, path, mutation.value(), base);
        }
    }

    private final ValidValues values;
    private final ValueMutations mutations;

    BodyMutations(ValidValues values, ValueMutations mutations) {
        this.values = values;
        this.mutations = mutations;
    }

    List<Edit> of(Operation operation, Object validBody) {
        List<Edit> edits = new ArrayList<>();
        SchemaNode schema = operation.body();
        Slot root = operation.partial() ? Slot.PATCH : Slot.REQUIRED;
        walkChildren(schema, validBody, List.of(), operation.partial(), 0, edits);
        if (!"object".equals(schema.type())) {
            for (Mutation mutation : mutations.of(schema, root, validBody)) {
                if (mutation.value() != ValueMutations.REMOVE) {
                    edits.add(new Edit(validBody, List.of(), mutation));
                }
            }
        }
        return edits;
    }

    private void walk(SchemaNode schema, Object base, List<Object> path, Slot slot, boolean partial, int depth, List<Edit> out) {
        Object valid = Paths.get(base, path);
        for (Mutation mutation : mutations.of(schema, slot, valid)) {
            out.add(new Edit(base, path, mutation));
        }
        if (depth < MAX_DEPTH) {
            walkChildren(schema, base, path, partial, depth, out);
        }
    }

    private void walkChildren(SchemaNode schema, Object base, List<Object> path, boolean partial, int depth, List<Edit> out) {
        String type = schema.type();
        Object valid = Paths.get(base, path);
        if ("object".equals(type)) {
            if (!(valid instanceof Map<?, ?>)) {
                valid = values.generate(schema, depth);
                if (!(valid instanceof Map<?, ?>)) {
                    return;
                }
                base = Paths.set(Json.copy(base), path, valid, base);
            }
            Set<String> required = schema.required();
            for (Map.Entry<String, SchemaNode> property : schema.properties().entrySet()) {
                Slot slot = partial ? Slot.PATCH : required.contains(property.getKey()) ? Slot.REQUIRED : Slot.OPTIONAL;
                walk(property.getValue(), base, Paths.child(path, property.getKey()), slot, partial, depth + 1, out);
            }
            SchemaNode mapValues = schema.additionalProperties();
            if (mapValues != null && !mapValues.isEmpty()) {
                Map<?, ?> map = (Map<?, ?>) valid;
                String key = map.isEmpty() ? SOME_KEY : map.keySet().iterator().next().toString();
                if (map.isEmpty()) {
                    base = Paths.set(Json.copy(base), Paths.child(path, key), values.generate(mapValues, depth + 1), base);
                }
                walk(mapValues, base, Paths.child(path, key), Slot.MAP_VALUE, false, depth + 1, out);
            }
        } else if ("array".equals(type)) {
            if (!(valid instanceof List<?> list) || list.isEmpty()) {
                List<Object> one = new ArrayList<>();
                one.add(values.generate(schema.items(), depth + 1));
                base = Paths.set(Json.copy(base), path, one, base);
            }
            walk(schema.items(), base, Paths.child(path, 0), Slot.ELEMENT, false, depth + 1, out);
        }
    }

    /** Reading and writing a body by path ({@code String} keys, {@code Integer} indices). */
    static final class Paths {

        private Paths() {
        }

        static List<Object> child(List<Object> path, Object segment) {
            List<Object> child = new ArrayList<>(path);
            child.add(segment);
            return List.copyOf(child);
        }

        static String label(List<Object> path) {
            StringBuilder label = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer index) {
                    label.append('[').append(index).append(']');
                } else {
                    label.append(label.isEmpty() ? "" : ".").append(segment);
                }
            }
            return label.isEmpty() ? "body" : label.toString();
        }

        /** The value at {@code path}, or null when something along it is absent. */
        static Object get(Object body, List<Object> path) {
            Object node = body;
            for (Object segment : path) {
                if (segment instanceof Integer index && node instanceof List<?> list && index < list.size()) {
                    node = list.get(index);
                } else if (node instanceof Map<?, ?> map) {
                    node = map.get(segment);
                } else {
                    return null;
                }
            }
            return node;
        }

        /**
         * Sets {@code value} at {@code path} of {@code body} (modified in place and returned; the root replaced when the
         * path is empty). Containers missing along the path are copied from {@code template}, else created.
         */
        @SuppressWarnings("unchecked")
        static Object set(Object body, List<Object> path, Object value, Object template) {
            if (path.isEmpty()) {
                return value;
            }
            Object node = body;
            for (int i = 0; i < path.size() - 1; i++) {
                Object segment = path.get(i);
                Object next = Paths.get(node, List.of(segment));
                if (!(next instanceof Map<?, ?>) && !(next instanceof List<?>)) {
                    next = Json.copy(get(template, path.subList(0, i + 1)));
                    if (next == null) {
                        next = path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
                    }
                    put(node, segment, next);
                }
                node = next;
            }
            Object last = path.get(path.size() - 1);
            if (value == ValueMutations.REMOVE) {
                if (node instanceof Map<?, ?> map) {
                    ((Map<String, Object>) map).remove(last);
                }
            } else {
                put(node, last, value);
            }
            return body;
        }

        @SuppressWarnings("unchecked")
        private static void put(Object container, Object segment, Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put(segment.toString(), value);
            } else if (container instanceof List<?> list && segment instanceof Integer index) {
                List<Object> array = (List<Object>) list;
                while (array.size() <= index) {
                    array.add(null);
                }
                array.set(index, value);
            }
        }
    }
}
