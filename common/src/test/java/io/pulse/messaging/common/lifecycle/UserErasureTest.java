package io.pulse.messaging.common.lifecycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaScan;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class UserErasureTest {

    private static final String SCHEMA = "common_test";

    @Inject
    ErasureResumption resumption;

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private static String create(UUID user, String title) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "the body of " + title))
                .when().post("/api/test-notes").then().statusCode(201).extract().path("id");
    }

    @Test
    void aUserErasesThemselfAndNothingOfThemIsLeftWhileOthersKeepEverything() throws Exception {
        for (int i = 0; i < 7; i++) { // more rows than a batch (pulse.lifecycle.batch-size=3 in the fixture)
            create(alice, "alice's secret plan " + i);
        }
        create(bob, "bob's shopping list");
        List<String> bobsRows = SchemaScan.rowsMentioning(SCHEMA, bob.toString(), "bob's shopping");

        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/users/" + alice)
                .then().statusCode(204);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), "alice's secret"));
        assertEquals(bobsRows, SchemaScan.rowsMentioning(SCHEMA, bob.toString(), "bob's shopping"));
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/users/" + alice)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/test-notes")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aUserCannotEraseAnotherUserButAServiceCan() throws Exception {
        create(bob, "bob's diary");
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/users/" + bob)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/test-notes/users/" + bob).then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/users/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(List.of("notes: 1 rows with 'bob's diary'"), SchemaScan.rowsMentioning(SCHEMA, "bob's diary"),
                "the note, untouched (its audit entry names its fields, never their text)");

        given().auth().oauth2(TestTokens.service()).when().delete("/api/test-notes/users/" + bob).then().statusCode(204);
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, bob.toString(), "bob's diary"));
    }

    @Test
    void aLongErasureAnswers202AndItsStatusUrlFollowsItToTheEnd() throws Exception {
        create(alice, "alice's long story");
        String status;
        try (Connection otherWriter = TestDatabase.asOwner()) {
            otherWriter.setAutoCommit(false); // holds alice's note, so the erasure waits past pulse.lifecycle.erasure.wait
            TestDatabase.column(otherWriter, "select id from common_test.notes where user_id = ? for update", alice);
            status = given().auth().oauth2(TestTokens.service()).when().delete("/api/test-notes/users/" + alice)
                    .then().statusCode(202)
                    .header("Location", containsString("/api/test-notes/erasures/"))
                    .body("state", equalTo("running"), "requestedBy", startsWith("service:"))
                    .extract().header("Location");
            given().auth().oauth2(TestTokens.service()).when().delete("/api/test-notes/users/" + alice)
                    .then().statusCode(202).header("Location", equalTo(status)); // a retry joins the running erasure
            otherWriter.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.service())
                .when().get(status).then().statusCode(200)
                .body("state", equalTo("done"), "rowsRemoved", greaterThanOrEqualTo(2)));
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), "alice's long"));
        given().auth().oauth2(TestTokens.service()).when().get("/api/test-notes/erasures/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anErasureWhoseReplicaDiedIsCarriedOnByAnother() throws Throwable {
        create(alice, "alice's orphaned note");
        UUID erasure = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into common_test.user_erasures (id, erased_user, requested_by, heartbeat_at)
                    values (?, ?, 'self', now() - interval '10 minutes')""", erasure, alice);
        }
        Integer resumed = VertxContextSupport.subscribeAndAwait(resumption::resumeStale);
        assertEquals(1, resumed);
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), "alice's orphaned"));
        given().auth().oauth2(TestTokens.service()).when().get("/api/test-notes/erasures/" + erasure)
                .then().statusCode(200).body("state", equalTo("done"), "requestedBy", equalTo("self"));
    }

    @Test
    void theEndpointsAreDocumentedInTheOpenApiDocumentUnderTheServicePrefix() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/test-notes/users/{userId}'.delete.responses.'202'.description", containsString("background"))
                .body("paths.'/api/test-notes/erasures/{erasureId}'.get.summary", equalTo("An erasure's progress"))
                .body("paths.'/api/test-notes/audit'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/AuditPage"));
    }

    @Test
    void operatorsPageThroughTheErasuresWithoutLearningWhose() {
        create(alice, "alice's note");
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/test-notes/users/" + alice).then().statusCode(204);
        given().auth().oauth2(TestTokens.service()).when().delete("/api/test-notes/users/" + bob).then().statusCode(204);

        String cursor = given().auth().oauth2(TestTokens.service()).when().get("/api/test-notes/erasures?limit=1")
                .then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].requestedBy", startsWith("service:"), "items[0].state", equalTo("done"),
                        "nextCursor", org.hamcrest.Matchers.notNullValue())
                .body(org.hamcrest.Matchers.not(containsString(bob.toString())))
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.service()).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/api/test-notes/erasures")
                .then().statusCode(200).body("items[0].requestedBy", equalTo("self"), "items[0].rowsRemoved", greaterThanOrEqualTo(2))
                .body(org.hamcrest.Matchers.not(containsString(alice.toString())));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/test-notes/erasures")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theAppRoleErasesOnlyThroughAnErasureRecord() throws Exception {
        create(bob, "bob's kept note");
        try (Connection app = TestDatabase.asAppRole(alice)) {
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> TestDatabase.column(app, "select common_test.erase_user_batch(?, 1000)", bob));
            org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
        }
        assertEquals(List.of("notes: 1 rows with 'bob's kept note'"), SchemaScan.rowsMentioning(SCHEMA, "bob's kept note"));
    }
}
