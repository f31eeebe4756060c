package io.pulse.messaging.common.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The {@code limit} and {@code cursor} query parameters every list takes ({@code @BeanParam @Valid PageParams page}). */
public class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @RestQuery
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200 (default 50)")
    int limit = DEFAULT_LIMIT;

    @RestQuery
    @Parameter(description = "The nextCursor of the previous page; omit it for the first page")
    String cursor;

    public PageParams() {
    }

    public PageParams(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        return limit;
    }

    /** The raw cursor, or null for the first page. */
    public String cursor() {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }
}
