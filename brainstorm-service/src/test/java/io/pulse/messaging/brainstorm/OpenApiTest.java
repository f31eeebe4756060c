package io.pulse.messaging.brainstorm;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document is complete for every brainstorm operation: a summary, request and response schemas, an
 * example, and the error statuses it can return (404 for everything under a session, 403 where a role is needed).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    @Test
    void everyOperationIsDocumented() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/brainstorm")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                problems.addAll(problems(doc, op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }
        assertTrue(operations >= 20, "operations found: " + operations);
        assertEquals(List.of(), problems);
    }

    /** What the operation's documentation lacks; {@code name} is its method and path. */
    private static List<String> problems(JsonNode doc, String name, JsonNode operation) {
        List<String> problems = new ArrayList<>();
        JsonNode responses = operation.path("responses");
        if (operation.path("summary").asText().isBlank()) {
            problems.add(name + ": no summary");
        }
        boolean example = false;
        boolean bodies = false;
        for (JsonNode media : iterable(operation.path("requestBody").path("content"))) {
            bodies = true;
            if (media.path("schema").isMissingNode()) {
                problems.add(name + ": request body without schema");
            }
            example |= hasExample(doc, media);
        }
        for (Iterator<Map.Entry<String, JsonNode>> codes = responses.fields(); codes.hasNext();) {
            Map.Entry<String, JsonNode> code = codes.next();
            if (code.getKey().startsWith("2") && !code.getKey().equals("204")) {
                JsonNode content = code.getValue().path("content");
                if (content.isEmpty()) {
                    problems.add(name + ": " + code.getKey() + " without content");
                }
                for (JsonNode media : iterable(content)) {
                    bodies = true;
                    if (media.path("schema").isMissingNode()) {
                        problems.add(name + ": " + code.getKey() + " without schema");
                    }
                    example |= hasExample(doc, media);
                }
            }
        }
        if (bodies && !example) {
            problems.add(name + ": no example");
        }
        for (String status : List.of("400", "401")) {
            if (responses.path(status).isMissingNode()) {
                problems.add(name + ": " + status + " not documented");
            }
        }
        if (name.contains("{id}") && responses.path("404").isMissingNode()) {
            problems.add(name + ": 404 not documented");
        }
        if (name.contains("{id}") && !name.startsWith("GET ") && responses.path("403").isMissingNode()) {
            problems.add(name + ": 403 not documented");
        }
        return problems;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }

    /** An example on the media type, or on its schema (followed through one $ref, or the items of an array). */
    private static boolean hasExample(JsonNode doc, JsonNode media) {
        if (media.has("example") || media.has("examples")) {
            return true;
        }
        JsonNode schema = resolve(doc, media.path("schema"));
        if (schema.has("example") || schema.has("examples")) {
            return true;
        }
        // A page: {"items": [...], "nextCursor"}; its items' schema carries the example.
        JsonNode items = resolve(doc, schema.path("properties").path("items").path("items"));
        JsonNode elements = resolve(doc, schema.path("items"));
        return items.has("example") || items.has("examples") || elements.has("example") || elements.has("examples");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
