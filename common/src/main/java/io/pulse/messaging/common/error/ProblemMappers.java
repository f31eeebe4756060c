package io.pulse.messaging.common.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.pgclient.PgException;

/**
 * Every failure a resource can raise, as an {@code application/problem+json} answer: one mapper per exception
 * type, and a last one for the unexpected that logs the details under an error id and tells the client only
 * that id.
 */
public class ProblemMappers {

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest request) {
        return respond(e.problem(), request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return unexpected(e, request); // our answer broke its own contract: a bug, not bad input
                }
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return respond(ApiException.invalid(errors).problem(), request);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        return respond(JsonProblems.of(e), request);
    }

    /** Takes precedence over Quarkus's own mapper for this type, which answers in plain JSON. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return respond(JsonProblems.of(e), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return respond(JsonProblems.of(json), request);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted (limit=abc): that is bad input, a 400.
            String parameter = unconvertedQueryParameter(e.getCause(), request);
            if (parameter != null) {
                return respond(ApiException.invalid(parameter, "is not a valid value").problem(), request);
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "Nothing is found at " + request.path() + ".";
            case 405 -> request.method() + " is not supported here.";
            case 406 -> "The requested representation is not available; ask for application/json.";
            case 415 -> "Send the body as application/json.";
            default -> type.title() + ".";
        };
        return respond(new Problem(type.uri(), type.title(), status, detail, null, null, null), request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return respond(ProblemType.UNAUTHORIZED.problem("A valid bearer token is required."), request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return respond(ProblemType.UNAUTHORIZED.problem("The bearer token is invalid or expired."), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN.problem("This token is not allowed to do that."), request);
    }

    @ServerExceptionMapper
    public Response postgres(PgException e, HttpServerRequest request) {
        return database(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && "Request too large".equals(cause.getMessage())) {
                // Quarkus REST's own body limit (it has answered 413 already): the client's doing, not an error to log.
                return respond(ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is larger than the limit."), request);
            }
        }
        return DatabaseErrors.classify(e)
                .map(problem -> respond(problem, request))
                .orElseGet(() -> responses.response(responses.unexpected(e, request.method().name(), request.path())));
    }

    private Response database(Throwable e, HttpServerRequest request) {
        return DatabaseErrors.classify(e)
                .map(problem -> respond(problem, request))
                .orElseGet(() -> unexpected(e, request));
    }

    /**
     * The query parameter whose value the conversion failure names (NumberFormatException: {@code For input string:
     * "abc"}, UUID: {@code Invalid UUID string: abc}, enums: the constant), or null: then it was a path parameter,
     * and 404 stands (no such resource).
     */
    static String unconvertedQueryParameter(Throwable conversion, HttpServerRequest request) {
        String message = conversion.getMessage() == null ? "" : conversion.getMessage();
        for (java.util.Map.Entry<String, String> parameter : request.params()) {
            String value = parameter.getValue();
            boolean named = value.isEmpty() ? message.contains("\"\"") || message.endsWith(": ") : message.contains(value);
            if (named) {
                return parameter.getKey();
            }
        }
        return null;
    }

    private Response respond(Problem problem, HttpServerRequest request) {
        return responses.response(problem.withInstance(request.path()));
    }

    /** {@code create.request.conditions.keywords[0]} becomes {@code conditions.keywords[0]}; a query parameter keeps its name. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            boolean lastNode = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.PARAMETER && !lastNode) {
                continue; // the body parameter itself: its fields follow
            }
            // Hibernate Validator reports a container's index on the node that follows it: items[0].name.
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue; // <list element>, <map value>: the index above already says where
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
