package io.pulse.messaging.summarization;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.ServiceContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceContractTest extends ServiceContract {

    @org.junit.jupiter.api.Test
    void everyOperationIsDocumentedWithItsErrors() {
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = io.restassured.RestAssured.given()
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/summaries")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                String name = operation.getKey() + " " + path.getKey();
                org.junit.jupiter.api.Assertions.assertNotNull(operation.getValue().get("summary"), name + " has a summary");
                java.util.Map<String, Object> responses = (java.util.Map<String, Object>) operation.getValue().get("responses");
                for (String status : java.util.List.of("400", "401", "403")) {
                    org.junit.jupiter.api.Assertions.assertTrue(responses.containsKey(status), name + " documents " + status);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(10, operations,
                "POST, POST digest, GET list, GET stats, GET one, DELETE; DELETE users/{userId}, GET erasures, GET erasures/{erasureId}, GET audit");
    }

    @Override
    protected String apiPrefix() {
        return "/api/summaries";
    }

    @Override
    protected String schema() {
        return "summarization";
    }
}
