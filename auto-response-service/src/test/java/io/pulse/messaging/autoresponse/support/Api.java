package io.pulse.messaging.autoresponse.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Requests against the auto-response API as one user. */
public final class Api {

    public static final String BASE = "/api/auto-responses";

    private final UUID user;
    private final String token;

    private Api(UUID user, String token) {
        this.user = user;
        this.token = token;
    }

    public static Api newUser() {
        UUID id = UUID.randomUUID();
        return new Api(id, TestTokens.forUser(id, "Bob Stone"));
    }

    /** Requests as an existing user. */
    public static Api as(UUID id) {
        return new Api(id, TestTokens.forUser(id, "Bob Stone"));
    }

    public UUID id() {
        return user;
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public ValidatableResponse post(String path, Object body) {
        return request().body(body).when().post(BASE + path).then();
    }

    public ValidatableResponse put(String path, Object body) {
        return request().body(body).when().put(BASE + path).then();
    }

    public ValidatableResponse patch(String path, Object body) {
        return request().body(body).when().patch(BASE + path).then();
    }

    public ValidatableResponse get(String path) {
        return request().when().get(BASE + path).then();
    }

    public ValidatableResponse delete(String path) {
        return request().when().delete(BASE + path).then();
    }

    /** Creates a rule and returns its id. */
    public String createRule(Map<String, Object> rule) {
        return post("/rules", rule).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> rule(String name, int priority, String template) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", name);
        rule.put("priority", priority);
        rule.put("template", template);
        return rule;
    }

    public static Map<String, Object> keywordRule(String name, int priority, String template, String... terms) {
        Map<String, Object> rule = rule(name, priority, template);
        rule.put("conditions", Map.of("keywords", Map.of("match", "any", "terms", List.of(terms))));
        return rule;
    }

    public static Map<String, Object> regexRule(String name, int priority, String template, String regex) {
        Map<String, Object> rule = rule(name, priority, template);
        rule.put("conditions", Map.of("keywords", Map.of("regex", regex)));
        return rule;
    }

    /** An incoming message from a fresh sender in a fresh conversation. */
    public static Map<String, Object> message(String content) {
        Map<String, Object> message = new HashMap<>();
        message.put("messageId", UUID.randomUUID().toString());
        message.put("conversationId", UUID.randomUUID().toString());
        message.put("sender", new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "name", "Anna Müller", "email", "anna@example.com")));
        message.put("content", content);
        message.put("channel", "email");
        return message;
    }

    public static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    public static Map<String, Object> fresh(Map<String, Object> base) {
        return with(base, "messageId", UUID.randomUUID().toString());
    }
}
