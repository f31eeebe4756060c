package io.pulse.messaging.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * What the fake model server ({@link FakeModelServer}) answers, set from a test through WireMock's admin API (so it
 * works from any of Quarkus's class loaders). Answers are OpenAI chat completions whose message content is the text a
 * test gives: write realistic model output, valid or not. A stub for a prompt fragment wins over a plain answer.
 */
public final class FakeModel {

    public static final String MODEL = "fake-model";
    public static final String API_KEY = "test-key-not-secret";
    static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeModel() {
    }

    private static WireMock client() {
        return new WireMock("127.0.0.1", FakeModelServer.port());
    }

    /** Forgets every answer and every recorded request. */
    public static void reset() {
        client().resetMappings();
        client().resetRequests();
        client().resetScenarios();
    }

    /** Every call answers {@code content} (the model's message text). */
    public static void answers(String content) {
        client().register(chat().atPriority(10).willReturn(completion(content)));
    }

    /** Calls whose request body contains {@code fragment} (for example a message's text) answer {@code content}. */
    public static void answersWhen(String fragment, String content) {
        client().register(chat().atPriority(1).withRequestBody(containing(fragment)).willReturn(completion(content)));
    }

    /** Every call fails with {@code status} and an OpenAI-style error body. */
    public static void fails(int status) {
        client().register(chat().atPriority(5).willReturn(error(status)));
    }

    /** The first call answers 429 with {@code Retry-After: seconds}, the next ones {@code content}. */
    public static void rateLimitedOnce(int retryAfterSeconds, String content) {
        client().register(chat().atPriority(5).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(429).withHeader("Retry-After", Integer.toString(retryAfterSeconds)))
                .willSetStateTo("served"));
        client().register(chat().atPriority(5).inScenario("rate").whenScenarioStateIs("served")
                .willReturn(completion(content)));
    }

    /** Every call answers {@code content}, but only after {@code delay} (longer than the timeout: a hang). */
    public static void answersAfter(Duration delay, String content) {
        client().register(chat().atPriority(5).willReturn(completion(content).withFixedDelay((int) delay.toMillis())));
    }

    /** The chat-completion requests received so far. */
    public static List<LoggedRequest> requests() {
        return client().find(postRequestedFor(urlEqualTo(PATH)));
    }

    public static int calls() {
        return requests().size();
    }

    /** A chat-completion response as OpenAI sends it, {@code content} as the assistant's message. */
    public static ResponseDefinitionBuilder completion(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_764_806_400L).put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 420).put("completion_tokens", 96).put("total_tokens", 516);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    private static ResponseDefinitionBuilder error(int status) {
        String type = status == 429 ? "rate_limit_exceeded" : "server_error";
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"test " + status + "\",\"type\":\"" + type + "\",\"code\":null}}");
    }

    private static MappingBuilder chat() {
        return post(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + API_KEY));
    }
}
