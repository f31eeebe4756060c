package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.common.lifecycle.ErasureResumption;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonObject;

/**
 * The live stream of a member whose data is erased ends; the other members' streams go on and hear that they left (with
 * no actor), and those on the sessions the erased user owned end with a session_deleted.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasedMemberStreamTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    ErasureResumption resumption;

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
            JsonObject deleted = bobs.next("idea_deleted");
            assertEquals(alices0, deleted.getString("ideaId"), "bob's view drops alice's idea");
            assertNull(deleted.getString("actor"), "nobody in the session deleted it");
            JsonObject left = bobs.next("collaborator_changed");
            assertEquals("removed", left.getString("change"));
            assertEquals(alice.toString(), left.getString("userId"));
            assertNull(left.getString("actor"), "nobody in the session removed her");
            String idea = addIdea(bob, session, "Bob's later idea", null);
            assertEquals(idea, bobs.next("idea_added").getString("ideaId"));
        }
    }

    @Test
    void theStreamsOnAnErasedOwnersSessionsEnd() throws Exception {
        String session = createSession(alice, "free_form");
        invite(alice, session, bob, "editor");
        try (SseSubscriber bobs = new SseSubscriber(base, bob, session)) {
            bobs.next("ready");

            as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204);

            JsonObject deleted = bobs.next("session_deleted");
            assertEquals(session, deleted.getString("sessionId"));
            assertNull(deleted.getString("actor"));
            // The server then ends bob's stream (LiveReads: the last delivery; endWhenErased ends with the stream it wraps).
            bobs.ended.get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * An erasure resumed from a replica that died announces nothing to the sessions (no notice revokes alice's access
     * on her stream): only the erasure signal ends her stream, at once, not at the heartbeat's next tick (PT20S).
     */
    @Test
    void theErasureSignalAloneEndsTheStreamAtOnce() throws Throwable {
        String session = createSession(bob, "free_form");
        invite(bob, session, alice, "editor");
        try (SseSubscriber alices = new SseSubscriber(base, alice, session)) {
            alices.next("ready");
            try (Connection owner = TestDatabase.asOwner()) {
                TestDatabase.update(owner, """
                        insert into brainstorm.user_erasures (id, erased_user, requested_by, heartbeat_at)
                        values (gen_random_uuid(), ?::uuid, 'service:dead-replica', now() - interval '1 hour')""", alice.toString());
            }

            VertxContextSupport.subscribeAndAwait(resumption::resumeStale); // 0 if the scheduled resumption took it first

            alices.ended.get(10, TimeUnit.SECONDS); // well before the first heartbeat (PT20S after the stream began)
        }
    }
}
