package io.pulse.messaging.testing.fuzz;

import java.util.List;

/**
 * One operation of the document: {@code method} in upper case, {@code path} as templated there
 * ({@code /api/x/{id}}), its parameters, and its JSON request body if it takes one.
 *
 * @param body the body's schema, or null when the operation takes no body
 * @param bodyExample the example the document gives for the body (media type, then schema), or null
 * @param partial a merge patch: every property may be left out or set to null
 * @param eventStream the operation answers a {@code text/event-stream} that does not end
 */
public record Operation(String method, String path, List<Parameter> parameters, SchemaNode body, Object bodyExample,
        boolean partial, boolean eventStream) {

    /** {@code "POST /api/x/{id}"}, as failures name the operation. */
    public String key() {
        return method + " " + path;
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    public boolean hasBody() {
        return body != null;
    }

    /** A parameter of the operation: {@code in} is {@code path}, {@code query} or {@code header}. */
    public record Parameter(String name, String in, SchemaNode schema, boolean required) {
    }
}
