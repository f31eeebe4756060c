package io.pulse.messaging.local;

import static io.pulse.messaging.local.ReplicaSuite.BRAINSTORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A brainstorm replica killed with SIGKILL while ideas are being added: the clients of the other replica see no error,
 * clients of the gateway see at most the requests that were in flight on the dead replica fail, an event stream of the
 * dead replica reconnects through the gateway (to the live one) and re-syncs by reading the session's ideas, and every
 * acknowledged idea is stored. Runs last: the suite has one brainstorm replica fewer afterwards.
 */
@Order(100)
class KilledReplicaTest {

    private static final String SESSIONS = BrainstormReplicasTest.SESSIONS;
    private static final int GATEWAY_CLIENTS = 4;

    @Test
    void aReplicaKilledMidLoadLosesNoAcknowledgedWriteAndItsStreamsReconnect() throws Exception {
        ReplicaSuite.User owner = new ReplicaSuite.User("Load Owner");
        String session = BrainstormReplicasTest.session(owner, 5);
        String ideas = SESSIONS + "/" + session + "/ideas";
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> survivorErrors = new CopyOnWriteArrayList<>();
        List<String> gatewayErrors = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(GATEWAY_CLIENTS + 1);
        EventStream doomed = owner.on(BRAINSTORM, 1).events(SESSIONS + "/" + session + "/events");
        try {
            doomed.awaitOpen(Duration.ofSeconds(10));
            doomed.await("ready", data -> true, Duration.ofSeconds(10));
            List<Future<?>> clients = new ArrayList<>();
            clients.add(load.submit(() -> addIdeas(owner.on(BRAINSTORM, 0), ideas, running, sent, acknowledged, survivorErrors)));
            for (int i = 0; i < GATEWAY_CLIENTS; i++) {
                clients.add(load.submit(() -> addIdeas(owner.viaGateway(), ideas, running, sent, acknowledged, gatewayErrors)));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 20);
            ReplicaSuite.get().kill(new Replica(BRAINSTORM, 1));
            int atKill = sent.get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sent.get() >= atKill + 40);
            running.set(false);
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            running.set(false);
            load.shutdownNow();
            doomed.close();
        }
        assertEquals(List.of(), survivorErrors, "the live replica's own clients saw no error");
        assertTrue(gatewayErrors.size() <= GATEWAY_CLIENTS, "through the gateway only requests in flight on the dead replica "
                + "may fail: " + gatewayErrors);
        // The stream's client reconnects through the gateway, which skips the dead replica, and re-syncs.
        try (EventStream resumed = owner.viaGateway().events(SESSIONS + "/" + session + "/events")) {
            resumed.awaitOpen(Duration.ofSeconds(10));
            resumed.await("ready", data -> true, Duration.ofSeconds(10));
            Set<String> stored = storedIdeas(owner.viaGateway(), ideas);
            assertTrue(stored.containsAll(acknowledged), "every acknowledged idea is stored; missing: "
                    + acknowledged.stream().filter(id -> !stored.contains(id)).toList());
            String after = owner.viaGateway().call("POST", ideas, new JsonObject().put("text", "After the crash")).getString("id");
            resumed.await("idea_added", data -> after.equals(data.getString("id", data.getString("ideaId"))), Duration.ofSeconds(1));
        }
    }

    private static void addIdeas(DemoClient client, String path, AtomicBoolean running, AtomicInteger sent,
            Set<String> acknowledged, List<String> errors) {
        while (running.get()) {
            int n = sent.incrementAndGet();
            try {
                DemoClient.Answer answer = client.exchange("POST", path, new JsonObject().put("text", "Idea under load " + n));
                if (answer.status() == 201) {
                    acknowledged.add(answer.json().getString("id"));
                } else {
                    errors.add(answer.status() + " " + answer.body());
                }
            } catch (RuntimeException e) {
                errors.add(e.getMessage());
            }
        }
    }

    private static Set<String> storedIdeas(DemoClient client, String path) {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        String cursor = null;
        do {
            JsonObject page = client.call("GET", path + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), null);
            JsonArray items = page.getJsonArray("items", new JsonArray());
            items.forEach(item -> ids.add(((JsonObject) item).getString("id")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
