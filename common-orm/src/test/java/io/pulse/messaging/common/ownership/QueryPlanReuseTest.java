package io.pulse.messaging.common.ownership;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.pulse.messaging.common.orm.Ownership;

/**
 * Every transaction binds its user with one native query. Hibernate caches a native query's plan under a key that
 * includes its result mapping, and the mapping of a query given a basic result class ({@code String.class}) is
 * compared by identity, so such a query never finds its plan again: each execution adds one more entry under the
 * same hash, and each lookup then walks them all (the benchmark's profile showed that walk taking a fifth of the
 * request threads' time). The binding must reuse one plan: with a select it missed 20 times in 20.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class QueryPlanReuseTest {

    @Inject
    Ownership ownership;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void bindingTheUserReusesOneQueryPlan() {
        Statistics statistics = sessions.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "the test counts plan cache misses through Hibernate's statistics");
        bind(); // the first binding may create the plan
        long misses = statistics.getQueryPlanCacheMissCount();
        for (int i = 0; i < 20; i++) {
            bind();
        }
        long newMisses = statistics.getQueryPlanCacheMissCount() - misses;
        assertTrue(newMisses == 0, "binding the user missed the query plan cache " + newMisses + " times in 20 transactions");
    }

    private void bind() {
        ownership.asUser(UUID.randomUUID(), scope -> Uni.createFrom().voidItem()).await().atMost(Duration.ofSeconds(10));
    }
}
