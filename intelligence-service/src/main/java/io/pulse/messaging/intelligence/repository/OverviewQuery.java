package io.pulse.messaging.intelligence.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One page of the overview's list, validated: the sort and its order, the filters (an empty list or null filters
 * nothing), and where the page starts.
 *
 * @param sentiments      labels (positive, neutral, negative, mixed), any of them
 * @param trends          sentiment directions (improving, stable, declining, insufficient_data), any of them
 * @param channels        channels, lower case, any of them
 * @param since           the latest activity at or after this time
 * @param openFollowUps   true: with open follow-ups; false: without; null: either
 * @param titleContains   lower-case text the title contains
 * @param after           the last row of the previous page (its sort key and row id), null for the first page
 */
public record OverviewQuery(OverviewSort sort, boolean descending, List<String> sentiments, List<String> trends,
        List<String> channels, OffsetDateTime since, Boolean openFollowUps, String titleContains, int limit, After after) {

    /** The position after which a page starts: the sort key's value ({@link OffsetDateTime}, Double or Integer) and row id. */
    public record After(Object key, UUID id) {
    }
}
