package io.pulse.messaging.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One JSON Schema of an OpenAPI 3.1 document, with {@code $ref} and the {@code anyOf: [X, null]} idiom resolved: a
 * reference's sibling keywords (description, examples, default) override the referenced schema's, and a null branch
 * only makes the schema nullable.
 */
public final class SchemaNode {

    private static final int MAX_REF_DEPTH = 20;

    private final JsonObject json;
    private final boolean nullable;
    private final Function<String, JsonObject> components;

    private SchemaNode(JsonObject json, boolean nullable, Function<String, JsonObject> components) {
        this.json = json;
        this.nullable = nullable;
        this.components = components;
    }

    /** {@code components} maps a {@code $ref} such as {@code #/components/schemas/UUID} to its schema. */
    static SchemaNode of(JsonObject raw, Function<String, JsonObject> components) {
        JsonObject resolved = raw == null ? new JsonObject() : raw.copy();
        boolean nullable = false;
        for (int depth = 0; depth < MAX_REF_DEPTH; depth++) {
            JsonArray anyOf = resolved.getJsonArray("anyOf", resolved.getJsonArray("oneOf"));
            if (resolved.containsKey("$ref")) {
                JsonObject target = components.apply(resolved.getString("$ref"));
                JsonObject merged = target == null ? new JsonObject() : target.copy();
                resolved.remove("$ref");
                resolved.forEach(entry -> merged.put(entry.getKey(), entry.getValue()));
                resolved = merged;
            } else if (anyOf != null) {
                JsonObject branch = null;
                for (Object candidate : anyOf) {
                    JsonObject option = (JsonObject) candidate;
                    if ("null".equals(option.getValue("type"))) {
                        nullable = true;
                    } else if (branch == null) {
                        branch = option;
                    }
                }
                resolved.remove("anyOf");
                resolved.remove("oneOf");
                JsonObject merged = branch == null ? new JsonObject() : branch.copy();
                resolved.forEach(entry -> {
                    if (!merged.containsKey(entry.getKey())) {
                        merged.put(entry.getKey(), entry.getValue());
                    }
                });
                resolved = merged;
            } else {
                break;
            }
        }
        Object type = resolved.getValue("type");
        if (type instanceof JsonArray types && types.contains("null")) {
            nullable = true;
        }
        return new SchemaNode(resolved, nullable, components);
    }

    public boolean nullable() {
        return nullable;
    }

    /** {@code object}, {@code array}, {@code string}, {@code integer}, {@code number}, {@code boolean}, or null for any value. */
    public String type() {
        Object type = json.getValue("type");
        if (type instanceof String single) {
            return single;
        }
        if (type instanceof JsonArray types) {
            for (Object candidate : types) {
                if (!"null".equals(candidate)) {
                    return (String) candidate;
                }
            }
        }
        if (json.containsKey("properties") || json.containsKey("additionalProperties")) {
            return "object";
        }
        if (json.containsKey("items")) {
            return "array";
        }
        return json.containsKey("enum") ? "string" : null;
    }

    public String format() {
        return json.getString("format");
    }

    public String pattern() {
        return json.getString("pattern");
    }

    public List<String> enumValues() {
        List<String> values = new ArrayList<>();
        JsonArray enums = json.getJsonArray("enum");
        if (enums != null) {
            enums.forEach(value -> {
                if (value != null) {
                    values.add(value.toString());
                }
            });
        }
        return values;
    }

    public Number minimum() {
        return (Number) json.getValue("minimum");
    }

    public Number maximum() {
        return (Number) json.getValue("maximum");
    }

    public Integer minLength() {
        return json.getInteger("minLength");
    }

    public Integer maxLength() {
        return json.getInteger("maxLength");
    }

    public Integer minItems() {
        return json.getInteger("minItems");
    }

    public Integer maxItems() {
        return json.getInteger("maxItems");
    }

    /** Declared properties in document order. */
    public Map<String, SchemaNode> properties() {
        Map<String, SchemaNode> properties = new LinkedHashMap<>();
        JsonObject declared = json.getJsonObject("properties");
        if (declared != null) {
            declared.forEach(entry -> properties.put(entry.getKey(), of((JsonObject) entry.getValue(), components)));
        }
        return properties;
    }

    public Set<String> required() {
        Set<String> required = new LinkedHashSet<>();
        JsonArray names = json.getJsonArray("required");
        if (names != null) {
            names.forEach(name -> required.add(name.toString()));
        }
        return required;
    }

    /** The schema of a map's values, or null when the object is not a map. */
    public SchemaNode additionalProperties() {
        Object values = json.getValue("additionalProperties");
        return values instanceof JsonObject schema ? of(schema, components) : null;
    }

    public SchemaNode items() {
        return of(json.getJsonObject("items"), components);
    }

    /** The first example the document gives ({@code examples} of 3.1 or {@code example}), copied; null when there is none. */
    public Object example() {
        JsonArray examples = json.getJsonArray("examples");
        if (examples != null && !examples.isEmpty()) {
            return Json.copy(examples.getValue(0));
        }
        return Json.copy(json.containsKey("example") ? json.getValue("example") : json.getValue("default"));
    }

    public boolean isEmpty() {
        return json.isEmpty();
    }
}
