package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.common.validation.PlausibleTimeValidator;
import io.pulse.messaging.intelligence.engine.SentimentDirection;
import io.pulse.messaging.intelligence.repository.ConversationListRepository;
import io.pulse.messaging.intelligence.repository.OverviewQuery;
import io.pulse.messaging.intelligence.repository.OverviewSort;

/**
 * The overview list's query parameters, as the client wrote them, checked before any transaction: every invalid one is
 * named in one 400 problem. Lists are comma-separated ({@code sentiment=negative,mixed}). The cursor holds the sort,
 * the order, the last row's sort key and its id: a cursor of another sort or order is refused.
 */
public record OverviewParams(String sort, String order, String sentiment, String trend, String channel, String since,
        String activeWithin, String hasOpenFollowUps, String title) {

    static final Set<String> LABELS = Set.of("positive", "neutral", "negative", "mixed");
    static final Duration LONGEST_WINDOW = Duration.ofDays(3660);
    private static final String CHANNEL = "[a-z0-9][a-z0-9_.-]{0,31}";

    /** The validated query for one page. */
    public OverviewQuery query(PageParams page, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        OverviewSort by = sort == null || sort.isBlank() ? OverviewSort.LAST_ACTIVITY : OverviewSort.fromWire(sort.strip());
        if (by == null) {
            errors.add(new FieldError("sort", "must be lastActivity, sentiment, trend or openFollowUps"));
            by = OverviewSort.LAST_ACTIVITY;
        }
        boolean descending = by.descendingByDefault();
        if (order != null && !order.isBlank()) {
            switch (order.strip()) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> errors.add(new FieldError("order", "must be asc or desc"));
            }
        }
        List<String> labels = list("sentiment", sentiment, errors, LABELS::contains, "positive, neutral, negative or mixed");
        List<String> trends = list("trend", trend, errors, t -> SentimentDirection.fromWire(t) != null,
                "improving, stable, declining or insufficient_data");
        List<String> channels = list("channel", channel == null ? null : channel.toLowerCase(Locale.ROOT), errors,
                c -> c.matches(CHANNEL), "1 to 32 letters, digits, '_', '.' or '-'");
        OffsetDateTime from = from(clock, errors);
        Boolean open = switch (hasOpenFollowUps == null ? "" : hasOpenFollowUps.strip()) {
            case "" -> null;
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError("hasOpenFollowUps", "must be true or false"));
                yield null;
            }
        };
        String titleText = title == null || title.isBlank() ? null : title.strip().toLowerCase(Locale.ROOT);
        if (titleText != null && (titleText.length() > 200 || titleText.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("title", "must be at most 200 characters, without control characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        OverviewQuery.After after = page.cursor() == null ? null : after(page.cursor(), by, descending);
        return new OverviewQuery(by, descending, labels, trends, channels, from, open, titleText, page.limit(), after);
    }

    /** The cursor of the page after {@code last}. */
    static Cursor cursor(OverviewQuery query, ConversationListRepository.Row last) {
        return Cursor.of(query.sort().wire(), query.descending() ? "desc" : "asc", last.key(query.sort()), last.id());
    }

    private static OverviewQuery.After after(String encoded, OverviewSort sort, boolean descending) {
        Cursor cursor = Cursor.decode(encoded, 4);
        if (!cursor.text(0).equals(sort.wire()) || !cursor.text(1).equals(descending ? "desc" : "asc")) {
            throw ApiException.invalid("cursor", "belongs to another sort or order: pass the same sort and order as the first page");
        }
        UUID id = cursor.uuid(3);
        try {
            Object key = switch (sort) {
                case LAST_ACTIVITY -> cursor.timestamp(2);
                case SENTIMENT, TREND -> finite(Double.parseDouble(cursor.text(2)));
                case OPEN_FOLLOW_UPS -> Math.toIntExact(cursor.number(2));
            };
            return new OverviewQuery.After(key, id);
        } catch (NumberFormatException | ArithmeticException e) {
            throw ApiException.invalid("cursor", "is not a cursor returned by this list");
        }
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("not finite");
        }
        return value;
    }

    /** since, or now minus activeWithin; not both. */
    private OffsetDateTime from(Clock clock, List<FieldError> errors) {
        boolean hasSince = since != null && !since.isBlank();
        boolean hasWindow = activeWithin != null && !activeWithin.isBlank();
        if (hasSince && hasWindow) {
            errors.add(new FieldError("activeWithin", "give since or activeWithin, not both"));
            return null;
        }
        if (hasSince) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(since.strip());
                if (PlausibleTimeValidator.isPlausible(at)) {
                    return at.withOffsetSameInstant(ZoneOffset.UTC);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            errors.add(new FieldError("since", "must be an ISO-8601 time with offset, years 1970 to 9999"));
        } else if (hasWindow) {
            try {
                Duration window = Duration.parse(activeWithin.strip());
                if (!window.isNegative() && !window.isZero() && window.compareTo(LONGEST_WINDOW) <= 0) {
                    return Timestamps.now(clock).minus(window);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            errors.add(new FieldError("activeWithin", "must be an ISO-8601 duration such as P7D or PT12H, at most P3660D"));
        }
        return null;
    }

    private static List<String> list(String field, String value, List<FieldError> errors, java.util.function.Predicate<String> valid,
            String expected) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.isEmpty() || values.size() > 10 || !values.stream().allMatch(valid)) {
            errors.add(new FieldError(field, "must be " + expected + " (comma-separated)"));
            return List.of();
        }
        return values;
    }
}
