package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.SavedTopicsTest.create;
import static io.pulse.messaging.intelligence.rest.SavedTopicsTest.send;
import static io.pulse.messaging.intelligence.rest.SavedTopicsTest.topic;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Saved topic changes in the owner's audit trail: action, actor, target and changed fields, never the topic's words. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTest {

    private static final String AUDIT = "/api/intelligence/audit";

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void topicChangesAreAuditedNewestFirstWithTheirChangedFields() {
        String id = create(alice, topic("private merger talks", "secret negotiation with acme", List.of("acme", "merger")));
        String path = "/api/intelligence/topics/" + id;
        send("PUT", alice, path, topic("private merger talks", "secret negotiation with globex", List.of("acme", "merger")))
                .statusCode(200);
        send("PUT", alice, path, topic("private merger talks", "secret negotiation with globex", List.of("acme", "merger")))
                .statusCode(200); // nothing changed: nothing recorded
        send("PUT", alice, path, topic("merger talks", "secret negotiation with globex", List.of("globex"))).statusCode(200);
        send("DELETE", alice, path, null).statusCode(204);
        send("DELETE", alice, path, null).statusCode(404); // nothing deleted: nothing recorded

        String cursor = send("GET", alice, AUDIT + "?limit=2", null).statusCode(200)
                .body("items.action", equalTo(List.of("topic.deleted", "topic.updated")),
                        "items.targetType", equalTo(List.of("topic", "topic")),
                        "items.targetId", equalTo(List.of(id, id)),
                        "items.actor", equalTo(List.of("user:" + alice, "user:" + alice)),
                        "items[1].changes.fields", equalTo(List.of("name", "keywords")))
                .extract().path("nextCursor");
        String rest = send("GET", alice, AUDIT + "?limit=2&cursor=" + cursor, null).statusCode(200)
                .body("items.action", equalTo(List.of("topic.updated", "topic.created")),
                        "items[0].changes.fields", equalTo(List.of("description")),
                        "items[1].changes.fields", equalTo(List.of("name", "description", "keywords")),
                        "nextCursor", nullValue())
                .extract().asString();
        String all = send("GET", alice, AUDIT, null).extract().asString() + rest;
        for (String word : List.of("merger", "acme", "globex", "secret")) {
            assertFalse(all.contains(word), "the trail never holds a topic's words: " + word);
        }
        send("GET", bob, AUDIT, null).statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aTopicWithANameOnlyRecordsItsName() {
        String id = create(alice, topic("travel", null, null));
        send("GET", alice, AUDIT, null).statusCode(200)
                .body("items.size()", equalTo(1), "items[0].action", equalTo("topic.created"), "items[0].targetId", equalTo(id),
                        "items[0].changes.fields", equalTo(List.of("name")));
    }
}
