package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The live stream of a member whose data is erased ends; the other members' streams go on and hear that they left. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasedMemberStreamTest {

    @TestHTTPResource("/")
    URI base;

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void anErasedMembersStreamEnds() throws Exception {
        String session = createSession(bob, "free_form");
        invite(bob, session, alice, "editor");
        String alices0 = addIdea(alice, session, "Alice's quiet hours", null);
        try (SseSubscriber alices = new SseSubscriber(base, alice, session); SseSubscriber bobs = new SseSubscriber(base, bob, session)) {
            alices.next("ready");
            bobs.next("ready");

            as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204);

            alices.ended.get(SseSubscriber.WAIT_SECONDS, TimeUnit.SECONDS);
            assertFalse(bobs.ended.isDone(), "bob's stream goes on");
            assertEquals(alices0, bobs.next("idea_deleted").getString("ideaId"), "bob's view drops alice's idea");
            JsonObject left = bobs.next("collaborator_changed");
            assertEquals("removed", left.getString("change"));
            assertEquals(alice.toString(), left.getString("userId"));
            String idea = addIdea(bob, session, "Bob's later idea", null);
            assertEquals(idea, bobs.next("idea_added").getString("ideaId"));
        }
    }
}
