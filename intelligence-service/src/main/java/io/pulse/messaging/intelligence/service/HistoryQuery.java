package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.common.validation.PlausibleTimeValidator;

/**
 * A history request's time range {@code [from, to)} (UTC) and, for the sentiment series, its bucket, validated before
 * any transaction opens. {@code to} defaults to now, {@code from} to a span before {@code to} that depends on the
 * history; a range spans at most {@value #LONGEST_DAYS} days.
 */
public record HistoryQuery(String bucket, OffsetDateTime from, OffsetDateTime to) {

    static final int LONGEST_DAYS = 400;

    private static final PlausibleTimeValidator PLAUSIBLE = new PlausibleTimeValidator();

    /**
     * The sentiment series' query: {@code bucket} hour or day (default day), the range 7 days (hour) or 90 days (day)
     * by default.
     *
     * @throws ApiException 400 listing what is wrong
     */
    public static HistoryQuery sentiment(String from, String to, String bucket, Clock clock) {
        String unit = bucket == null || bucket.isBlank() ? "day" : bucket;
        List<FieldError> errors = new ArrayList<>();
        if (!unit.equals("hour") && !unit.equals("day")) {
            errors.add(new FieldError("bucket", "must be hour or day"));
        }
        return of(unit, from, to, unit.equals("hour") ? Duration.ofDays(7) : Duration.ofDays(90), clock, errors);
    }

    /**
     * The topic history's query: the range 60 days by default.
     *
     * @throws ApiException 400 listing what is wrong
     */
    public static HistoryQuery topics(String from, String to, Clock clock) {
        return of(null, from, to, Duration.ofDays(60), clock, new ArrayList<>());
    }

    private static HistoryQuery of(String bucket, String from, String to, Duration defaultSpan, Clock clock,
            List<FieldError> errors) {
        OffsetDateTime end = parse("to", to, errors);
        OffsetDateTime start = parse("from", from, errors);
        if (end == null && (to == null || to.isBlank())) {
            end = Timestamps.now(clock).plusSeconds(1);
        }
        if (start == null && (from == null || from.isBlank()) && end != null) {
            start = end.minus(defaultSpan);
        }
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                errors.add(new FieldError("from", "must be before to"));
            } else if (Duration.between(start, end).compareTo(Duration.ofDays(LONGEST_DAYS)) > 0) {
                errors.add(new FieldError("to", "the range may span at most 400 days"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new HistoryQuery(bucket, start, end);
    }

    /** The time, in UTC; null (and an error) when it is unreadable or outside the years 1970 to 9999. */
    private static OffsetDateTime parse(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-24T00:00:00Z"));
            return null;
        }
        if (!PLAUSIBLE.isValid(time, null)) {
            errors.add(new FieldError(field, "must be a time between the years 1970 and 9999"));
            return null;
        }
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
