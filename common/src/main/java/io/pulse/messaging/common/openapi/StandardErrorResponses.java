package io.pulse.messaging.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.pulse.messaging.common.error.Problem;

/**
 * Documents the error answers every {@code /api} operation can give, so that each service's OpenAPI document
 * states them once and the same way: a {@code Problem} body in {@code application/problem+json}. Operations on a
 * path with a parameter also get 404 (absent, or another user's). A resource declares only what is its own (a 409,
 * a 422, a 404 that means something more); a response it declares is kept as it is.
 */
public class StandardErrorResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /**
     * The OpenAPI extension by which an operation on a path with a parameter says it never answers 404 (it creates
     * what the parameter names, for example): {@code @Extension(name = NEVER_NOT_FOUND, value = "true")}.
     */
    public static final String NEVER_NOT_FOUND = "x-pulse-never-not-found";

    private static final String NOT_FOUND = "No such resource, or it belongs to another user (the two are not told apart)";

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid request: validation errors (with the list of fields) or malformed JSON",
            "401", "Missing, expired or invalid bearer token",
            "403", "Authenticated but not allowed, e.g. a user's token naming another user in X-Pulse-Act-For",
            "413", "Request body larger than the configured maximum",
            "414", "Request URI longer than the configured maximum (PULSE_MAX_URI_LENGTH, 8192 characters)",
            "431", "Request headers larger than the configured maximum in all (PULSE_MAX_HEADER_SIZE, 32 KB)",
            "500", "Unexpected error; the body carries the id under which it was logged",
            "503", "The database is unavailable, or too busy (no connection in time, statement or lock timeout); "
                    + "retry after the Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                for (Map.Entry<String, String> common : COMMON.entrySet()) {
                    addUnlessDeclared(responses, common.getKey(), common.getValue());
                }
                boolean neverNotFound = operation.getExtensions() != null && operation.getExtensions().containsKey(NEVER_NOT_FOUND);
                if (neverNotFound) {
                    operation.removeExtension(NEVER_NOT_FOUND);
                } else if (path.getKey().contains("{")) {
                    addUnlessDeclared(responses, "404", NOT_FOUND);
                }
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details: type, title, status, detail, instance, "
                            + "errors (field list for validation problems), errorId (for unexpected errors)"));
        }
    }

    private static void addUnlessDeclared(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, problemResponse(description));
        }
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
