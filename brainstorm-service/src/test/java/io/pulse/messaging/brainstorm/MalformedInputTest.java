package io.pulse.messaging.brainstorm;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.brainstorm.support.Brainstorm;
import io.pulse.messaging.testing.MalformedInputWalk;
import io.pulse.messaging.testing.PulseTestResource;
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
        return "brainstorm";
    }

    @Override
    protected FuzzFixture fixture() {
        UUID owner = UUID.randomUUID();
        UUID collaborator = UUID.randomUUID();
        String session = Brainstorm.createSession(owner, "scamper");
        Brainstorm.invite(owner, session, collaborator, "editor");
        String idea = Brainstorm.addIdea(owner, session, "Replace the signup form with a single sign-on button", "substitute");
        String duplicate = Brainstorm.addIdea(owner, session, "A single sign-on button instead of the signup form", "substitute");
        Brainstorm.addIdea(collaborator, session, "Drop the email confirmation before the first login", "eliminate");
        return FuzzFixture.asUser(owner)
                .pathValue("id", session)
                .pathValue("ideaId", idea)
                .pathValue("userId", collaborator)
                .body("POST /api/brainstorm/sessions/{id}/merges", Map.of("keepId", idea, "ideaIds", List.of(idea, duplicate)));
    }
}
