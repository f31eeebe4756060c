package io.pulse.messaging.common.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasedUsersTest {

    @Inject
    ErasedUsers erasedUsers;

    @Test
    void aStreamThatEndsByItselfStillEnds() {
        List<Integer> items = erasedUsers.endWhenErased(UUID.randomUUID(), Multi.createFrom().items(1, 2, 3))
                .collect().asList().await().atMost(Duration.ofSeconds(20));
        assertEquals(List.of(1, 2, 3), items);
    }

    @Test
    void aStreamEndsWhenItsUserIsErasedAndOnlyThen() throws Throwable {
        UUID user = UUID.randomUUID();
        AtomicInteger ticks = new AtomicInteger();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        CompletableFuture<Void> othersEnded = new CompletableFuture<>();
        Multi<Long> endless = Multi.createFrom().ticks().every(Duration.ofMillis(50));
        erasedUsers.endWhenErased(user, endless).subscribe().with(tick -> ticks.incrementAndGet(), ended::completeExceptionally,
                () -> ended.complete(null));
        erasedUsers.endWhenErased(UUID.randomUUID(), endless).subscribe().with(tick -> { }, othersEnded::completeExceptionally,
                () -> othersEnded.complete(null));
        // It runs before the erasure (the first tick), so that ending it is the erasure's doing.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ticks.get() > 0);
        // The announcement is delivered once this replica listens: announce until the stream ends.
        for (int attempt = 0; attempt < 100 && !ended.isDone(); attempt++) {
            VertxContextSupport.subscribeAndAwait(() -> erasedUsers.announce(user));
            try {
                ended.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                // announce again
            }
        }
        assertTrue(ended.isDone() && !ended.isCompletedExceptionally(), "the erased user's stream ended");
        assertTrue(ticks.get() > 0, "it ran until then");
        assertTrue(!othersEnded.isDone(), "another user's stream goes on");
    }
}
