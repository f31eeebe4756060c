package io.pulse.messaging.summarization.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryType;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A summary computed on this replica while its owner is erased on another one (which this replica hears nothing of):
 * the erasure deleted the computation's lease, so the result is not stored.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasedElsewhereTest {

    @Inject
    SummaryCache cache;

    private final UUID user = UUID.randomUUID();

    @Test
    void aResultComputedWhileTheOwnerWasErasedOnAnotherReplicaIsNotStored() throws Exception {
        CountDownLatch erased = new CountDownLatch(1);
        String key = (user.toString() + user).replace("-", "").substring(0, 64);
        SummaryJob job = new SummaryJob(user, UUID.randomUUID(), SummaryType.THREAD, LocalDate.of(2026, 11, 25), ZoneOffset.UTC, 2,
                key, Duration.ofMinutes(1), () -> {
                    try {
                        erased.await(30, TimeUnit.SECONDS); // the model call, during which the erasure runs elsewhere
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Generated<>(new SummaryContent("Quentin asked about the quinoa order.", List.of(), List.of(),
                            List.of(), List.of(), List.of(), null, null), EngineUsed.local());
                });
        CompletableFuture<SummaryAnswer> served = cache.serve(job).subscribeAsCompletionStage();
        try (Connection owner = TestDatabase.asOwner()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count(owner, "summary_leases") == 1);
            long removed;
            do {
                removed = ((Number) TestDatabase.column(owner, "select summarization.erase_user_batch(?, 3)", user).get(0)).longValue();
            } while (removed > 0);
            erased.countDown();

            ExecutionException failure = assertThrows(ExecutionException.class, () -> served.get(30, TimeUnit.SECONDS));
            assertInstanceOf(ApiException.class, failure.getCause());
            assertEquals(0, count(owner, "conversation_summaries"), "nothing of the erased user is stored");
            assertEquals(0, count(owner, "summary_cache"));
            assertEquals(0, count(owner, "summary_leases"));
        }
    }

    private long count(Connection owner, String table) throws Exception {
        return ((Number) TestDatabase.column(owner, "select count(*) from summarization." + table + " where user_id = ?", user)
                .get(0)).longValue();
    }
}
