package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.Metrics;
import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A session's streams on one replica share one read per notification of what every member reads alike: an idea added
 * with six streams of three members open is read in one transaction, not six, and every stream gets the same bytes.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class LiveEventsSharedReadTest {

    private static final String SHARED = "pulse_brainstorm_live_reads_total{kind=\"shared\"}";
    private static final String OWN = "pulse_brainstorm_live_reads_total{kind=\"own\"}";

    @TestHTTPResource("/")
    URI base;

    @Test
    void oneIdeaIsReadOnceForEveryStreamOfItsSession() throws Exception {
        UUID owner = UUID.randomUUID();
        UUID editor = UUID.randomUUID();
        UUID viewer = UUID.randomUUID();
        String session = createSession(owner, "free_form");
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        List<SseSubscriber> streams = new ArrayList<>();
        try {
            for (UUID member : List.of(owner, editor, viewer, owner, editor, viewer)) {
                streams.add(new SseSubscriber(base, member, session));
            }
            for (SseSubscriber stream : streams) {
                stream.next("ready");
            }
            double shared = Metrics.value(SHARED);
            double own = Metrics.value(OWN);

            String idea = addIdea(editor, session, "Badges that say what each member is working on", null);
            String first = streams.get(0).nextRaw("idea_added");
            for (SseSubscriber stream : streams.subList(1, streams.size())) {
                assertEquals(first, stream.nextRaw("idea_added"), "every member reads the same event");
            }
            JsonObject data = new JsonObject(first);
            assertEquals(idea, data.getString("ideaId"));
            assertEquals(editor.toString(), data.getString("actor"));
            assertEquals(session, data.getString("sessionId"));

            assertEquals(1, Metrics.value(SHARED) - shared, "one read for the six streams");
            assertEquals(0, Metrics.value(OWN) - own, "no stream read the idea on its own");
        } finally {
            streams.forEach(SseSubscriber::close);
        }
    }
}
