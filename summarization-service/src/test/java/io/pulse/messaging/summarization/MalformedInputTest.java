package io.pulse.messaging.summarization;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.pulse.messaging.testing.MalformedInputWalk;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.testing.fuzz.FuzzFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the OpenAPI document with generated malformed input: never a 5xx, every 4xx a problem
 * document, and nothing stored by what is refused (see {@link MalformedInputWalk} for the longer mode).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class MalformedInputTest extends MalformedInputWalk {

    @Override
    protected String schema() {
        return "summarization";
    }

    @Override
    protected FuzzFixture fixture() {
        UUID user = UUID.randomUUID();
        String summary = given().auth().oauth2(TestTokens.forUser(user)).contentType("application/json")
                .body(Threads.request(UUID.randomUUID(), Threads.launch()))
                .when().post("/api/summaries")
                .then().statusCode(201).extract().path("id");
        return FuzzFixture.asUser(user)
                .pathValue("id", summary)
                .property("readerId", user);
    }
}
