package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.intelligence.service.IntelligenceEvents;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Notifications bypass row-level security: anyone who can LISTEN as the app role receives every user's. So they carry
 * ids only, and each live subscriber reads the insight itself, as its own user.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class NotificationPayloadTest {

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aRawListenAsTheAppRoleSeesIdsOnly() throws Exception {
        UUID conversation = UUID.randomUUID();
        List<Map<String, Object>> messages = List.of(
                message("msg-confidential-1", "zelda", "The merger with Globex closes on Friday, keep it quiet.", start),
                message("msg-confidential-2", "yusuf", "Understood, I am furious they told the press though!", start.plusSeconds(60)));
        List<String> secrets = List.of("msg-confidential", "zelda", "Zelda", "yusuf", "Yusuf", "Globex", "merger", "furious", "press",
                "negative", "mixed", "positive", "participants", "sentiment", alice.toString(), conversation.toString());
        try (Connection listener = TestDatabase.asAppRole(null)) {
            listener.setAutoCommit(true);
            try (Statement listen = listener.createStatement()) {
                listen.execute("listen " + IntelligenceEvents.CHANNEL);
            }
            analyze(alice, conversation, messages).statusCode(200);
            List<String> payloads = received(listener.unwrap(PGConnection.class));
            assertFalse(payloads.isEmpty(), "the analysis was announced");
            for (String payload : payloads) {
                secrets.forEach(secret -> assertFalse(payload.contains(secret), secret + " in " + payload));
                // A sealed notification is "<MAC>.<body>"; the body's "d" is the event's data.
                assertIdsOnly(new ObjectMapper().readTree(payload.substring(payload.indexOf('.') + 1)).get("d"), payload);
            }
        }
    }

    /**
     * The notifications on the channel (this class's analysis is the only one running), waiting at most 30 s for the
     * first (a bound against a hang). They cannot be told apart by content: they name neither user nor conversation.
     */
    private static List<String> received(PGConnection connection) throws Exception {
        List<String> payloads = new ArrayList<>();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (payloads.isEmpty() && System.nanoTime() < deadline) {
            PGNotification[] arrived = connection.getNotifications(1000);
            for (PGNotification notification : arrived == null ? new PGNotification[0] : arrived) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }

    private static void assertIdsOnly(JsonNode data, String payload) {
        if (data == null) {
            return;
        }
        data.fields().forEachRemaining(field -> {
            String value = field.getValue().asText();
            assertTrue(field.getValue().isTextual() && UUID.fromString(value).toString().equals(value),
                    field.getKey() + " is no id in " + payload);
        });
    }
}
