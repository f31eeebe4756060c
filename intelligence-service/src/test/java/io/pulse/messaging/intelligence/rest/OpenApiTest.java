package io.pulse.messaging.intelligence.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The document states the standard errors once per operation, and a 404 only where one can come. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    private static final String CONVERSATION = "paths.'/api/intelligence/conversations/{conversationId}'";

    @Test
    void readsOfAConversationMayAnswer404() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(CONVERSATION + ".get.responses", hasKey("404"))
                .body(CONVERSATION + ".get.responses", hasKey("403"))
                .body(CONVERSATION + ".get.responses", hasKey("401"));
    }

    @Test
    void analysisCreatesWhatItNamesSoNever404() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/intelligence/conversations/{conversationId}/analyze'.post.responses", not(hasKey("404")))
                .body("paths.'/api/intelligence/conversations/{conversationId}/analyze'.post", not(hasKey("x-pulse-never-not-found")))
                .body("paths.'/api/intelligence/conversations/{conversationId}/analyze'.post.responses", hasKey("400"));
    }
}
