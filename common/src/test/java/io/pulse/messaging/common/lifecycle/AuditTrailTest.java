package io.pulse.messaging.common.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private static String create(UUID user, String title) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(Map.of("title", title))
                .when().post("/api/test-notes").then().statusCode(201).extract().path("id");
    }

    @Test
    void theOwnerPagesThroughTheirChangesNewestFirstAndNobodyElseSeesThem() {
        String first = create(alice, "first");
        String second = create(alice, "second");
        create(bob, "bob's");

        String cursor = given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes/audit?limit=1")
                .then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].targetId", equalTo(second), "items[0].action", equalTo("note.created"),
                        "items[0].actor", equalTo("user:" + alice), "items[0].changes.fields", equalTo(List.of("title", "body")))
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/api/test-notes/audit")
                .then().statusCode(200).body("items.targetId", equalTo(List.of(first)), "nextCursor", nullValue());
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/test-notes/audit")
                .then().statusCode(200).body("items.size()", equalTo(1), "items[0].actor", equalTo("user:" + bob));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes/audit?cursor=nonsense")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theAppRoleCanNeitherChangeNorDeleteAnEntry() throws SQLException {
        create(alice, "kept as it was");
        for (String change : List.of("update common_test.audit_log set action = 'note.forged' where user_id = ?",
                "delete from common_test.audit_log where user_id = ?")) {
            try (Connection app = TestDatabase.asAppRole(alice)) {
                SQLException refused = assertThrows(SQLException.class, () -> TestDatabase.update(app, change, alice));
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
    }
}
