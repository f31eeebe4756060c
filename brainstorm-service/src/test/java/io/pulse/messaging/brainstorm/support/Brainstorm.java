package io.pulse.messaging.brainstorm.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Short-hands for driving the brainstorm API in tests. */
public final class Brainstorm {

    public static final String SESSIONS = "/api/brainstorm/sessions";

    private Brainstorm() {
    }

    public static RequestSpecification as(UUID user) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON);
    }

    public static String createSession(UUID owner, String framework) {
        return createSession(owner, framework, Map.of("votesPerParticipant", 3, "anonymousVoting", true));
    }

    public static String createSession(UUID owner, String framework, Map<String, Object> settings) {
        return as(owner).body(Map.of("title", "Session " + framework, "topic",
                        "Reduce waiting time at the hospital emergency department", "framework", framework, "settings", settings))
                .when().post(SESSIONS)
                .then().statusCode(201).extract().path("id");
    }

    public static void invite(UUID owner, String session, UUID user, String role) {
        as(owner).body(Map.of("role", role)).when().put(SESSIONS + "/" + session + "/collaborators/" + user)
                .then().statusCode(201);
    }

    public static String addIdea(UUID user, String session, String text, String step) {
        Map<String, Object> body = step == null ? Map.of("text", text) : Map.of("text", text, "step", step);
        return as(user).body(body).when().post(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(201).extract().path("id");
    }
}
