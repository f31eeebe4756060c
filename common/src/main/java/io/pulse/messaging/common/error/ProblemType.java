package io.pulse.messaging.common.error;

/** The kinds of problem the suite reports, each with its status, URI and title. */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    INTERNAL(500, "internal", "Internal error"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Service temporarily unavailable");

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = "urn:pulse:problem:" + slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null, null, null);
    }

    /** The generic kind for an HTTP status that no more specific kind describes. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
