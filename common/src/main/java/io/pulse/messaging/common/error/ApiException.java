package io.pulse.messaging.common.error;

import java.util.List;

/**
 * A failure the client should hear about, as a problem document. Services throw these (or return them as
 * failed {@code Uni}s); {@link ProblemMappers} turns them into responses.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException of(ProblemType type, String detail) {
        return new ApiException(type.problem(detail));
    }

    public static ApiException badRequest(String detail) {
        return of(ProblemType.BAD_REQUEST, detail);
    }

    /** 400 naming the invalid fields. */
    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.";
        ProblemType type = ProblemType.VALIDATION;
        return new ApiException(new Problem(type.uri(), type.title(), type.status(), detail, null, List.copyOf(errors), null));
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException unauthorized(String detail) {
        return of(ProblemType.UNAUTHORIZED, detail);
    }

    public static ApiException forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    /**
     * 404 for something absent or owned by someone else: the answer is the same, so that nobody learns that
     * another user's row exists.
     */
    public static ApiException notFound(String what) {
        return of(ProblemType.NOT_FOUND, what + " was not found.");
    }

    public static ApiException conflict(String detail) {
        return of(ProblemType.CONFLICT, detail);
    }

    public static ApiException unprocessable(String detail) {
        return of(ProblemType.UNPROCESSABLE, detail);
    }
}
