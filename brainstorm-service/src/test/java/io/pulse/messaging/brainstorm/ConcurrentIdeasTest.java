package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentIdeasTest {

    @Test
    void manyParticipantsAddingAtOnceLoseNothing() throws Exception {
        UUID owner = UUID.randomUUID();
        String session = createSession(owner, "scamper");
        List<UUID> participants = new ArrayList<>(List.of(owner));
        for (int i = 0; i < 7; i++) {
            UUID editor = UUID.randomUUID();
            invite(owner, session, editor, "editor");
            participants.add(editor);
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (UUID participant : participants) {
            for (int i = 0; i < 6; i++) {
                String text = "Idea " + i + " from " + participant;
                calls.add(() -> as(participant).body(Map.of("text", text, "step", "combine"))
                        .when().post(SESSIONS + "/" + session + "/ideas").then().statusCode(201).extract().path("text"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        Set<String> added = new HashSet<>();
        try {
            for (Future<String> future : pool.invokeAll(calls)) {
                added.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(48, added.size());
        List<String> stored = as(owner).queryParam("limit", 200).when().get(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(200).extract().jsonPath().getList("items.text", String.class);
        assertEquals(added, new HashSet<>(stored));
        int combine = as(owner).when().get(SESSIONS + "/" + session).then().extract().path("steps.find { it.key == 'combine' }.ideaCount");
        assertEquals(48, combine);
    }
}
