package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A clustering is computed between two transactions, from the ideas as the first one read them; a slower run of an
 * older reading that finishes last must not replace the clustering of a newer one.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ClusteringOrderTest {

    @Inject
    SqlOwnership ownership;

    @Inject
    ClusteringRepository clusterings;

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    private final UUID owner = UUID.randomUUID();

    @Test
    void aClusteringOfAnOlderReadingNeverReplacesANewerOne() throws Exception {
        UUID session = UUID.fromString(createSession(owner, "free_form"));
        addIdea(owner, session.toString(), "An idea", null);
        OffsetDateTime read = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        assertTrue(store(session, "newer", read));
        assertFalse(store(session, "older", read.minusSeconds(30)), "an older reading finishing last is not stored");
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(200).body("ideaSetHash", equalTo("newer"));
        assertTrue(store(session, "newest", read.plusSeconds(30)));
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().body("ideaSetHash", equalTo("newest"));
    }

    private boolean store(UUID session, String hash, OffsetDateTime at) throws Exception {
        String stored = json.writeValueAsString(new ClusteringView(session, "local", null, hash, 1, List.of(), List.of(), List.of(), at));
        return asOwner(scope -> clusterings.store(scope, session, hash, "local", null, stored, at));
    }

    /** Runs the work in a transaction as the owner, on a request-like Vert.x context, as a service method would. */
    private <T> T asOwner(Function<SqlScope, Uni<T>> work) throws Exception {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> ownership.sqlAsUser(owner, work).subscribe().with(result::complete, result::completeExceptionally));
        return result.get(20, TimeUnit.SECONDS);
    }
}
