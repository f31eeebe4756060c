package io.pulse.messaging.common.ownership;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
class OwnershipIsolationTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void aUserCannotReadChangeOrDeleteAnotherUsersRowsThroughTheApi() {
        String bobsNote = create(bob, "bob's plans");

        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes/" + bobsNote)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser(alice)).contentType(ContentType.JSON)
                .body("{\"title\":\"hijacked\"}")
                .when().put("/api/test-notes/" + bobsNote)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/" + bobsNote)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes")
                .then().statusCode(200).body("items", hasSize(0));

        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/test-notes/" + bobsNote)
                .then().statusCode(200).body("title", equalTo("bob's plans"));
    }

    @Test
    void theSqlClientPathIsConfinedByTheSameBinding() {
        create(bob, "bob's sql secret");
        create(alice, "alice's sql note");

        List<String> alices = given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes/sql-titles")
                .then().statusCode(200).extract().jsonPath().getList("", String.class);
        assertTrue(alices.contains("alice's sql note"), alices.toString());
        assertFalse(alices.contains("bob's sql secret"), alices.toString());
        // A user with no rows sees none, though the statement has no filter of its own.
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID())).when().get("/api/test-notes/sql-titles")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void ownerCanUpdateAndDelete() {
        String note = create(alice, "draft");
        given().auth().oauth2(TestTokens.forUser(alice)).contentType(ContentType.JSON)
                .body("{\"title\":\"final\",\"body\":\"text\"}")
                .when().put("/api/test-notes/" + note)
                .then().statusCode(200).body("title", equalTo("final"));
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/" + note)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes/" + note)
                .then().statusCode(404);
    }

    @Test
    void listsPageWithAnOpaqueCursorNewestFirst() {
        for (int i = 0; i < 5; i++) {
            create(alice, "note " + i);
        }
        String cursor = given().auth().oauth2(TestTokens.forUser(alice)).queryParam("limit", 2)
                .when().get("/api/test-notes")
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].title", equalTo("note 4"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        String last = given().auth().oauth2(TestTokens.forUser(alice)).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/test-notes")
                .then().statusCode(200).body("items[0].title", equalTo("note 2")).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("limit", 2).queryParam("cursor", last)
                .when().get("/api/test-notes")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("cursor", "%%%garbage")
                .when().get("/api/test-notes")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser(alice)).queryParam("limit", 500)
                .when().get("/api/test-notes")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void rowLevelSecurityAloneKeepsUsersApart() throws SQLException {
        UUID bobsNote = UUID.fromString(create(bob, "bob's secret"));
        create(alice, "alice's note");

        // As the app role with app.user_id = alice and no application filter at all.
        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            assertTrue(TestDatabase.column(asAlice, "select title from common_test.notes where id = ?", bobsNote).isEmpty());
            List<Object> visible = TestDatabase.column(asAlice, "select user_id from common_test.notes");
            assertFalse(visible.isEmpty());
            assertTrue(visible.stream().allMatch(alice::equals), "alice sees only her rows");
            assertEquals(0, TestDatabase.update(asAlice, "update common_test.notes set title = 'mine now' where id = ?", bobsNote));
            assertEquals(0, TestDatabase.update(asAlice, "delete from common_test.notes where id = ?", bobsNote));
            // Writing a row for someone else, or moving one's own row to someone else, is refused.
            assertThrows(SQLException.class, () -> TestDatabase.update(asAlice,
                    "insert into common_test.notes (id, user_id, created_at, title) values (gen_random_uuid(), ?, now(), 'planted')", bob));
            asAlice.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(asAlice,
                    "update common_test.notes set user_id = ? where user_id = ?", bob, alice));
            asAlice.rollback();
        }

        // With app.user_id unset, and with it set to '' (what a pooled connection keeps), the app role sees nothing.
        try (Connection nobody = TestDatabase.asAppRole(null)) {
            assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from common_test.notes"));
            TestDatabase.column(nobody, "select set_config('app.user_id', '', false)");
            assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from common_test.notes"));
            assertEquals(0, TestDatabase.update(nobody, "delete from common_test.notes"));
        }

        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            assertEquals(List.of("bob's secret"),
                    TestDatabase.column(asBob, "select title from common_test.notes where id = ?", bobsNote));
        }
    }

    @Test
    void theAppRoleOwnsNothingAndCannotSwitchRowSecurityOff() throws SQLException {
        try (Connection app = TestDatabase.asAppRole(alice)) {
            List<Object> flags = TestDatabase.column(app,
                    "select (rolsuper or rolbypassrls)::text from pg_roles where rolname = current_user");
            assertEquals(List.of("false"), flags);
            assertEquals(List.of(0L), TestDatabase.column(app,
                    "select count(*) from pg_tables where tableowner = current_user"));
            assertThrows(SQLException.class, () -> TestDatabase.update(app, "alter table common_test.notes disable row level security"));
            app.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(app, "create table common_test.sneaky (id int)"));
        }
        assertEquals(List.of(), TestDatabase.unprotectedTables("common_test"));
    }

    @Test
    void cleanupFunctionsActAcrossUsersWithoutASuperuser() {
        create(alice, "doomed by alice");
        create(bob, "doomed by bob");
        String kept = create(bob, "kept");
        given().auth().oauth2(TestTokens.forUser(alice)).when().post("/api/test-notes/cleanup")
                .then().statusCode(200).body("ran", equalTo(true)).body("removed", equalTo(2));
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/test-notes/" + kept).then().statusCode(200);
    }

    private static String create(UUID user, String title) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\"}")
                .when().post("/api/test-notes")
                .then().statusCode(201).extract().path("id");
    }
}
