package io.pulse.messaging.bench.ai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/** The AI workloads, and the brainstorm sessions two of them need (made through the API before they run). */
final class AiWorkloads {

    private static final String[] SCAMPER_STEPS = { "substitute", "combine", "adapt", "modify", "put_to_another_use",
            "eliminate", "reverse" };

    private AiWorkloads() {
    }

    static List<AiWorkload> all(String gateway, String token, int requests) throws IOException, InterruptedException {
        List<String> sessions = sessions(gateway, token, requests);
        return List.of(
                new AiWorkload("sum_thread", "summary of a new 10-message support thread (feature summary)",
                        i -> new AiWorkload.Call("POST", "/api/summaries", AiRequests.summary(i))),
                new AiWorkload("ar_smart_replies", "smart replies to an incoming message (feature smart-replies)",
                        i -> new AiWorkload.Call("POST", "/api/auto-responses/suggestions", AiRequests.smartReplies(i))),
                new AiWorkload("intel_analyze", "analysis of a new 10-message conversation (sentiment, topics, follow-ups)",
                        i -> new AiWorkload.Call("POST", "/api/intelligence/conversations/" + UUID.randomUUID()
                                + "/analyze", AiRequests.analysis(i))),
                new AiWorkload("bs_suggestions", "suggestions for a SCAMPER step of a 5-idea session (feature suggestions)",
                        i -> new AiWorkload.Call("POST", "/api/brainstorm/sessions/" + sessions.get(i) + "/suggestions",
                                new JsonObject().put("step", SCAMPER_STEPS[i % SCAMPER_STEPS.length]).put("count", 3))),
                new AiWorkload("bs_cluster", "clustering of a 5-idea session with cluster labels (feature cluster-labels)",
                        i -> new AiWorkload.Call("POST", "/api/brainstorm/sessions/" + sessions.get(i) + "/clusters", null)));
    }

    private static List<String> sessions(String gateway, String token, int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = post(http, gateway + "/api/brainstorm/sessions", token, AiRequests.session(i)).getString("id");
            for (String idea : AiRequests.ideas(i)) {
                post(http, gateway + "/api/brainstorm/sessions/" + id + "/ideas", token,
                        new JsonObject().put("step", "substitute").put("text", idea));
            }
            ids.add(id);
        }
        return ids;
    }

    private static JsonObject post(HttpClient http, String url, String token, JsonObject body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return new JsonObject(response.body());
    }
}
