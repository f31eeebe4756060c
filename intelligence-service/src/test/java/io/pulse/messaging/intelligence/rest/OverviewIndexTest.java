package io.pulse.messaging.intelligence.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.intelligence.repository.ConversationListRepository;
import io.pulse.messaging.intelligence.repository.OverviewQuery;
import io.pulse.messaging.intelligence.repository.OverviewSort;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every sort of the overview's list reads its index in order, first page and a cursor's page, ascending and descending,
 * without sorting: EXPLAIN of the very statement the repository runs, over 3,000 conversations of one user (and 1,000
 * of others), statistics taken. Rolled back: the rows and the plan stay in this test.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OverviewIndexTest {

    private static final Map<OverviewSort, String> INDEXES = Map.of(
            OverviewSort.LAST_ACTIVITY, "conversation_intelligence_last_activity",
            OverviewSort.SENTIMENT, "conversation_intelligence_most_negative",
            OverviewSort.TREND, "conversation_intelligence_trend",
            OverviewSort.OPEN_FOLLOW_UPS, "conversation_intelligence_open_follow_ups");

    private static final String ROWS = """
            insert into intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine,
                message_count, last_message_at, sentiment_label, sentiment_score, sentiment_trend, sentiment_delta, open_follow_ups,
                title, channel)
            select gen_random_uuid(), ?, now(), gen_random_uuid(), now(), 'local', 1 + i % 40, now() - i * interval '17 minutes',
                   (array['positive', 'neutral', 'negative', 'mixed'])[1 + i % 4], ((i * 7919) % 200 - 100) / 100.0,
                   (array['improving', 'stable', 'declining', 'insufficient_data'])[1 + i % 4], ((i * 104729) % 300 - 150) / 100.0,
                   i % 5, 'Conversation ' || i, (array['email', 'chat', 'phone'])[1 + i % 3]
              from generate_series(1, ?) as i""";

    @Test
    void everySortReadsItsIndexInOrder() throws SQLException {
        UUID user = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            owner.setAutoCommit(false);
            TestDatabase.update(owner, ROWS, user, 3000);
            TestDatabase.update(owner, ROWS, UUID.randomUUID(), 1000);
            TestDatabase.update(owner, "analyze intelligence.conversation_intelligence");
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
            for (OverviewSort sort : OverviewSort.values()) {
                Object key = switch (sort) {
                    case LAST_ACTIVITY -> at;
                    case SENTIMENT, TREND -> -0.25;
                    case OPEN_FOLLOW_UPS -> 2;
                };
                for (boolean descending : List.of(true, false)) {
                    for (OverviewQuery.After after : java.util.Arrays.asList(null, new OverviewQuery.After(key, UUID.randomUUID()))) {
                        String plan = plan(owner, user, new OverviewQuery(sort, descending, List.of(), List.of(), List.of(), null,
                                null, null, 50, after));
                        String what = sort + (descending ? " desc" : " asc") + (after == null ? "" : " after a cursor") + ":\n" + plan;
                        assertTrue(plan.contains(INDEXES.get(sort)), what);
                        assertFalse(plan.contains("Sort"), what);
                    }
                }
            }
            // "active this week", latest first: the last-activity index bounds the range as well
            String plan = plan(owner, user, new OverviewQuery(OverviewSort.LAST_ACTIVITY, true, List.of(), List.of(), List.of(),
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(7), null, null, 50, null));
            assertTrue(plan.contains("conversation_intelligence_last_activity") && !plan.contains("Sort"), plan);
            owner.rollback();
        }
    }

    /** The plan of the repository's statement, its $N parameters bound in order. */
    private static String plan(Connection owner, UUID user, OverviewQuery query) throws SQLException {
        ConversationListRepository.Statement statement = ConversationListRepository.statement(user, query);
        List<Object> lines = TestDatabase.column(owner, "explain " + statement.sql().replaceAll("\\$\\d+", "?"),
                statement.parameters().toArray());
        return lines.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
