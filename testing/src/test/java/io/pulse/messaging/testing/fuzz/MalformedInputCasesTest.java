package io.pulse.messaging.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.fuzz.Exchange.Outcome;
import io.vertx.core.json.JsonObject;

/** The walk's own correctness: what it sends, and which answers it counts as failures (no false positives). */
class MalformedInputCasesTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/things/{id}": {
                "put": {
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}},
                                 {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}},
                                 {"name": "q", "in": "query", "schema": {"type": "string"}}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                  "responses": {"200": {"description": "ok"}}},
                "delete": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}}],
                  "responses": {"204": {"description": "gone"}}}}},
             "components": {"schemas": {
               "UUID": {"type": "string", "format": "uuid", "pattern": "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}"},
               "Thing": {"type": "object", "required": ["name"], "examples": [{"name": "lamp", "ownerId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00"}],
                 "properties": {
                   "name": {"type": "string", "maxLength": 10, "pattern": "\\\\S"},
                   "note": {"type": "string"},
                   "ownerId": {"$ref": "#/components/schemas/UUID"},
                   "parentId": {"type": ["string", "null"], "anyOf": [{"$ref": "#/components/schemas/UUID"}, {"type": "null"}]},
                   "count": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 5},
                   "tags": {"type": "array", "maxItems": 3, "items": {"type": "string"}},
                   "when": {"type": "string", "format": "date-time"},
                   "kind": {"type": "string", "enum": ["small", "large"]},
                   "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                   "size": {"type": "object", "required": ["width"], "properties": {"width": {"type": "integer", "format": "int64"}}}}}}}}
            """;

    private final List<Operation> operations = new ApiDocument(new JsonObject(DOCUMENT)).operations();
    private final Operation put = operations.get(0);
    private final String realId = UUID.randomUUID().toString();
    private final FuzzFixture fixture = FuzzFixture.asUser(UUID.randomUUID()).pathValue("id", realId);
    private final List<FuzzCase> cases = new FuzzCases(fixture, operations, new Random(1), 1 << 20, 0).of(put);

    private FuzzCase only(String label) {
        List<FuzzCase> found = cases.stream().filter(c -> c.label().equals(label)).toList();
        assertEquals(1, found.size(), label + " in " + cases.stream().map(FuzzCase::label).toList());
        return found.get(0);
    }

    private static String body(FuzzCase request) {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    @Test
    void readsOperationsParametersAndReferencedSchemas() {
        assertEquals(List.of("PUT /api/things/{id}", "DELETE /api/things/{id}"), operations.stream().map(Operation::key).toList());
        assertEquals("uuid", put.in("path").get(0).schema().format());
        assertTrue(put.body().properties().get("parentId").nullable());
        assertEquals("uuid", put.body().properties().get("parentId").format());
        assertFalse(put.body().properties().get("ownerId").nullable());
    }

    @Test
    void theValidRequestUsesTheExampleWithFreshIdsAndTheFixturesRealIds() {
        FuzzCase valid = only("valid request");
        assertFalse(valid.mustReject());
        assertEquals("/api/things/" + realId, valid.uri());
        Map<String, Object> sent = new JsonObject(body(valid)).getMap();
        assertEquals("lamp", sent.get("name"));
        assertTrue(ValidValues.UUID_TEXT.matcher((String) sent.get("ownerId")).matches());
        assertFalse(sent.get("ownerId").equals("0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00"), "example ids are replaced");
    }

    @Test
    void whatTheDocumentForbidsMustBeRefusedAndWhatItAllowsNeedNotBe() {
        assertTrue(only("name: null").mustReject());
        assertTrue(only("name: left out").mustReject());
        assertFalse(only("note: null").mustReject());
        assertFalse(only("parentId: empty").mustReject(), "Jackson reads \"\" as null, which parentId allows");
        assertTrue(only("ownerId: not a UUID").mustReject());
        assertFalse(only("ownerId: non-canonical UUID 1-2-3-4-5").mustReject());
        assertTrue(only("name: 100k characters").mustReject());
        assertFalse(only("note: 100k characters").mustReject());
        assertFalse(only("note: control characters").mustReject());
        assertTrue(only("note: lone surrogates").mustReject());
        assertTrue(only("name: blank").mustReject());
        assertTrue(only("count: fraction 1.5").mustReject());
        assertTrue(only("count: maximum + 1").mustReject());
        assertFalse(only("count: numeric string \"12\"").mustReject());
        assertTrue(only("size.width: 9223372036854775808").mustReject());
        assertFalse(only("size.width: -9223372036854775808").mustReject(), "a long may hold it");
        assertTrue(only("tags: 10k elements").mustReject());
        assertTrue(only("tags[0]: null").mustReject());
        assertTrue(only("labels.X-Fuzz-Header: null").mustReject());
        assertTrue(only("when: year +999999999").mustReject());
        assertFalse(only("when: date-time without offset").mustReject());
        assertTrue(only("kind: unknown enum value").mustReject());
        assertFalse(only("kind: enum value in upper case").mustReject());
        assertTrue(only("body: trailing garbage").mustReject());
        assertFalse(only("body: valid body without content type").mustReject());
    }

    @Test
    void aBadValueInAnAbsentOptionalObjectComesWithAValidObjectAroundIt() {
        String sent = body(only("size.width: text"));
        assertTrue(sent.contains("\"size\":{\"width\":\"twelve\"}"), sent);
        assertTrue(sent.contains("\"name\":\"lamp\""), sent);
    }

    @Test
    void parametersAreMutatedOneAtATimeWithTheRestValid() {
        FuzzCase yes = only("query dryRun: \"yes\"");
        assertTrue(yes.mustReject());
        assertEquals("/api/things/" + realId + "?dryRun=yes", yes.uri());
        assertTrue(only("path id: not a UUID").uri().endsWith("/not-a-uuid"));
        assertFalse(only("path id: random UUID").mustReject());
        assertFalse(only("query q: 8000 characters").mustReject(), "a 414 is fine, a 2xx too");
    }

    @Test
    void aDeleteIsNeverSentWithAllItsRealIds() {
        List<FuzzCase> deletes = new FuzzCases(fixture, operations, new Random(1), 1 << 20, 0).of(operations.get(1));
        assertFalse(deletes.isEmpty());
        assertTrue(deletes.stream().noneMatch(c -> c.uri().contains(realId)));
    }

    @Test
    void bodiesAreWrittenByteForByte() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", "x\ud800y\u0000");
        body.put("b", new Json.Raw("1e308"));
        body.put("c", "\uD83D\uDE00");
        assertEquals("{\"a\":\"x\\ud800y\\u0000\",\"b\":1e308,\"c\":\"\uD83D\uDE00\"}", Json.write(body));
    }

    @Test
    void onlyServerErrorsMissingProblemsAndAcceptedForbiddenInputAreFailures() {
        Predicate<Outcome> fails = outcome -> {
            Findings findings = new Findings(100);
            findings.check(only("name: 100k characters"), outcome);
            return findings.failed();
        };
        assertFalse(fails.test(new Outcome(413, "application/problem+json", "{}", null, 1)));
        assertFalse(fails.test(new Outcome(404, "application/problem+json", "{}", null, 1)));
        assertTrue(fails.test(new Outcome(400, "text/plain", "bad", null, 1)));
        assertTrue(fails.test(new Outcome(500, "application/problem+json", "{}", null, 1)));
        assertTrue(fails.test(new Outcome(503, "application/problem+json", "{}", null, 1)));
        assertTrue(fails.test(new Outcome(200, "application/json", "{}", null, 1)));
        assertFalse(fails.test(new Outcome(-1, null, null, new IllegalStateException("cut off after 413"), 1)),
                "a body over the limit may be cut off");
        Findings mayAccept = new Findings(1 << 20);
        mayAccept.check(only("note: 100k characters"), new Outcome(200, "application/json", "{}", null, 1));
        assertFalse(mayAccept.failed());
    }
}
