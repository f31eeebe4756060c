package io.pulse.messaging.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A forged cursor is a 400 naming the cursor, whatever it holds: never a 500 from the database or its driver. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class CursorEdgesTest {

    private final String token = TestTokens.forUser(UUID.randomUUID());

    @Test
    void forgedCursorsAreBadRequests() {
        String id = UUID.randomUUID().toString();
        for (String forged : new String[] {
                encode("+999999999-12-31T23:59:59Z\u001f" + id),
                encode("-999999999-01-01T00:00:00Z\u001f" + id),
                encode("0000-01-01T00:00:00Z\u001f" + id),
                encode("2024-01-01T00:00:00Z\u001fnot-a-uuid"),
                encode("2024-01-01T00:00:00Z"),
                "%%%not-base64",
                Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0x1f, 0x00}) }) {
            given().auth().oauth2(token).queryParam("cursor", forged).when().get("/api/test-notes")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
