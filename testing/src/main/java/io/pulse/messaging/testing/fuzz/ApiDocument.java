package io.pulse.messaging.testing.fuzz;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The running service's OpenAPI document ({@code /q/openapi?format=json}) as a list of {@link Operation}s. */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonObject document;

    ApiDocument(JsonObject document) {
        this.document = document;
    }

    /** Fetches the document of the service under test (REST Assured's base URI and port). */
    public static ApiDocument fetch() {
        String text = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        return new ApiDocument(new JsonObject(text));
    }

    /** Every operation of every path, in document order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (METHODS.contains(method)) {
                    operations.add(operation(path, method, item));
                }
            }
        }
        return operations;
    }

    private Operation operation(String path, String method, JsonObject item) {
        JsonObject operation = item.getJsonObject(method);
        List<Operation.Parameter> parameters = new ArrayList<>();
        addParameters(parameters, item.getJsonArray("parameters"));
        addParameters(parameters, operation.getJsonArray("parameters"));
        JsonObject requestBody = operation.getJsonObject("requestBody");
        SchemaNode body = null;
        Object example = null;
        boolean partial = method.equals("patch");
        if (requestBody != null) {
            JsonObject media = jsonMedia(requestBody.getJsonObject("content", new JsonObject()));
            if (media != null) {
                body = schema(media.getJsonObject("schema"));
                example = mediaExample(media);
                if (body.isEmpty() && partial) {
                    body = replacedResourceSchema(item);
                }
            }
        }
        if (body != null && example == null) {
            example = body.example();
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters), body, example, partial,
                eventStream(operation));
    }

    private void addParameters(List<Operation.Parameter> parameters, JsonArray declared) {
        if (declared == null) {
            return;
        }
        for (Object entry : declared) {
            JsonObject parameter = resolve((JsonObject) entry);
            parameters.removeIf(known -> known.name().equals(parameter.getString("name")) && known.in().equals(parameter.getString("in")));
            parameters.add(new Operation.Parameter(parameter.getString("name"), parameter.getString("in"),
                    schema(parameter.getJsonObject("schema")), parameter.getBoolean("required", false)));
        }
    }

    /** A merge patch declared without a schema patches what the PUT of the same path replaces. */
    private SchemaNode replacedResourceSchema(JsonObject item) {
        JsonObject put = item.getJsonObject("put");
        JsonObject media = put == null || put.getJsonObject("requestBody") == null ? null
                : jsonMedia(put.getJsonObject("requestBody").getJsonObject("content", new JsonObject()));
        return schema(media == null ? null : media.getJsonObject("schema"));
    }

    private static JsonObject jsonMedia(JsonObject content) {
        if (content.containsKey("application/json")) {
            return content.getJsonObject("application/json");
        }
        for (String type : content.fieldNames()) {
            if (type.endsWith("json")) {
                return content.getJsonObject(type);
            }
        }
        return null;
    }

    private static Object mediaExample(JsonObject media) {
        if (media.containsKey("example")) {
            return Json.copy(media.getValue("example"));
        }
        JsonObject examples = media.getJsonObject("examples");
        if (examples != null && !examples.isEmpty()) {
            JsonObject first = examples.getJsonObject(examples.fieldNames().iterator().next());
            return first.containsKey("value") ? Json.copy(first.getValue("value")) : null;
        }
        return null;
    }

    private static boolean eventStream(JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses", new JsonObject());
        for (String status : responses.fieldNames()) {
            Object response = responses.getValue(status);
            if (status.startsWith("2") && response instanceof JsonObject ok && ok.getJsonObject("content") != null
                    && ok.getJsonObject("content").containsKey("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    SchemaNode schema(JsonObject raw) {
        return SchemaNode.of(raw, this::component);
    }

    private JsonObject resolve(JsonObject maybeReference) {
        String reference = maybeReference.getString("$ref");
        return reference == null ? maybeReference : component(reference);
    }

    /** The object a local reference such as {@code #/components/schemas/UUID} points to, or null. */
    private JsonObject component(String reference) {
        if (!reference.startsWith("#/")) {
            return null;
        }
        Object node = document;
        for (String segment : reference.substring(2).split("/")) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            node = node instanceof JsonObject object ? object.getValue(name) : null;
        }
        return node instanceof JsonObject object ? object : null;
    }
}
