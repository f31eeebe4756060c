package io.pulse.messaging.summarization.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.lifecycle.UserErased;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** What this replica holds for a user in memory goes when the user is erased here. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasedOnReplicaTest {

    @Inject
    InFlight inFlight;

    @Inject
    Event<UserErased> erased;

    private final UUID user = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void aComputationBegunBeforeTheErasureIsNotJoined() {
        AtomicInteger started = new AtomicInteger();
        Supplier<Uni<SummaryAnswer>> never = () -> {
            started.incrementAndGet();
            return Uni.createFrom().nothing();
        };
        inFlight.share(user + ":key", never, () -> { }).subscribe().with(view -> { });
        inFlight.share(user + ":key", never, () -> { }).subscribe().with(view -> { });
        inFlight.share(other + ":key", never, () -> { }).subscribe().with(view -> { });
        assertEquals(2, started.get(), "the second request joined the first");

        erased.fire(new UserErased(user));

        inFlight.share(user + ":key", never, () -> { }).subscribe().with(view -> { });
        assertEquals(3, started.get(), "an identical request after the erasure starts afresh");
        inFlight.share(other + ":key", never, () -> { }).subscribe().with(view -> { });
        assertEquals(3, started.get(), "another user's computation is still shared");
    }
}
