package io.pulse.messaging.autoresponse.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryATagItsStatusesAndExamples() {
        Map<String, Object> paths = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        List<String> expected = List.of("/api/auto-responses/rules", "/api/auto-responses/rules/{id}", "/api/auto-responses/rules/{id}/enable",
                "/api/auto-responses/rules/{id}/disable", "/api/auto-responses/rules/{id}/stats", "/api/auto-responses/out-of-office",
                "/api/auto-responses/evaluate", "/api/auto-responses/evaluate/batch", "/api/auto-responses/webhooks/messages",
                "/api/auto-responses/log", "/api/auto-responses/log/{id}", "/api/auto-responses/suggestions");
        for (String path : expected) {
            Map<String, Object> item = (Map<String, Object>) paths.get(path);
            assertNotNull(item, path);
            for (Map.Entry<String, Object> op : item.entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                assertNotNull(operation.get("summary"), op.getKey() + " " + path);
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), op.getKey() + " " + path);
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), op.getKey() + " " + path);
                assertTrue(responses.containsKey("400") && responses.containsKey("401"), op.getKey() + " " + path);
            }
        }
        // Refusals for cost are documented where they can happen.
        for (String path : List.of("/api/auto-responses/evaluate", "/api/auto-responses/evaluate/batch", "/api/auto-responses/webhooks/messages",
                "/api/auto-responses/rules")) {
            Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get("post");
            assertTrue(((Map<String, Object>) post.get("responses")).containsKey("422"), "422 of post " + path);
        }
        Map<String, Object> schemas = given().when().get("/q/openapi?format=json").then().extract().path("components.schemas");
        for (String generic : List.of("Batch", "Batch1", "Input", "View", "Request", "Response", "Message", "Sender")) {
            assertFalse(schemas.containsKey(generic), "schema named after a nested class: " + generic);
        }
        for (String path : expected) {
            Map<String, Object> item = (Map<String, Object>) paths.get(path);
            for (Map.Entry<String, Object> op : item.entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    assertTrue(contentHasExample((Map<String, Object>) body.get("content"), schemas), "request example of " + op.getKey() + " " + path);
                }
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                for (Map.Entry<String, Object> response : responses.entrySet()) {
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response.getValue()).get("content");
                    if (response.getKey().startsWith("2") && content != null) {
                        assertTrue(contentHasExample(content, schemas), response.getKey() + " example of " + op.getKey() + " " + path);
                        content.values().forEach(media -> assertNotNull(((Map<String, Object>) media).get("schema"),
                                response.getKey() + " schema of " + op.getKey() + " " + path));
                    }
                }
            }
        }
        String document = given().when().get("/q/openapi?format=json").then().extract().asString();
        assertTrue(document.contains("known_contacts") && document.contains("out_of_office"), "enum values in lower_snake");
        assertTrue(document.contains("Pricing questions"), "rule example");
        assertTrue(document.contains("Tuesday at 3pm works for me."), "suggestion example");
    }

    /** An example on the media type, or on the schema it refers to. */
    @SuppressWarnings("unchecked")
    private static boolean contentHasExample(Map<String, Object> content, Map<String, Object> schemas) {
        for (Object value : content.values()) {
            Map<String, Object> media = (Map<String, Object>) value;
            if (media.containsKey("example") || media.containsKey("examples")) {
                return true;
            }
            Map<String, Object> schema = (Map<String, Object>) media.get("schema");
            if (schema != null && schema.get("$ref") instanceof String ref) {
                Map<String, Object> target = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (target != null && (target.containsKey("example") || target.containsKey("examples"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
