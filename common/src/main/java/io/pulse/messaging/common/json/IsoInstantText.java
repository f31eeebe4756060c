package io.pulse.messaging.common.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes an {@link Instant} exactly as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} does
 * ({@code 2026-12-05T08:30:00Z}, the fraction in groups of three digits, as many as needed), and a UTC
 * {@link OffsetDateTime} exactly as {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME} does (the same,
 * but the fraction with as few digits as it needs), without the formatters' general machinery: the hot lists write
 * one or two of them per row, and the formatter was their most expensive JSON step. Only years 1970 to 9999 at
 * offset zero take this path ({@link #covers}); others are left to the formatters.
 */
final class IsoInstantText {

    /** 9999-12-31T23:59:59Z, the last second written with a four-digit year and no sign. */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;
    private static final int SECONDS_PER_DAY = 86_400;

    private IsoInstantText() {
    }

    /** Whether {@link #format} writes {@code instant} (years 1970 to 9999). */
    static boolean covers(Instant instant) {
        long seconds = instant.getEpochSecond();
        return seconds >= 0 && seconds <= LAST_FOUR_DIGIT_SECOND;
    }

    /** Whether {@link #format(OffsetDateTime)} writes {@code time} (offset zero, years 1970 to 9999). */
    static boolean covers(OffsetDateTime time) {
        return ZoneOffset.UTC.equals(time.getOffset()) && covers(time.toInstant());
    }

    /** The ISO-8601 text of {@code instant}, which {@link #covers} must accept. */
    static String format(Instant instant) {
        return format(instant.getEpochSecond(), instant.getNano(), true);
    }

    /** The ISO-8601 text of {@code time}, which {@link #covers(OffsetDateTime)} must accept. */
    static String format(OffsetDateTime time) {
        return format(time.toEpochSecond(), time.getNano(), false);
    }

    /** The text of a UTC time; the fraction in groups of three digits or with as few digits as it needs. */
    private static String format(long seconds, int nanos, boolean groupsOfThree) {
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        char[] out = new char[30];
        int at = digits(out, 0, date.getYear(), 4);
        out[at++] = '-';
        at = digits(out, at, date.getMonthValue(), 2);
        out[at++] = '-';
        at = digits(out, at, date.getDayOfMonth(), 2);
        out[at++] = 'T';
        at = digits(out, at, secondOfDay / 3600, 2);
        out[at++] = ':';
        at = digits(out, at, secondOfDay / 60 % 60, 2);
        out[at++] = ':';
        at = digits(out, at, secondOfDay % 60, 2);
        at = groupsOfThree ? fraction(out, at, nanos) : shortestFraction(out, at, nanos);
        out[at++] = 'Z';
        return new String(out, 0, at);
    }

    /** Writes the nanoseconds after a dot in groups of three digits, as many groups as needed; nothing when zero. */
    private static int fraction(char[] out, int at, int nanos) {
        if (nanos == 0) {
            return at;
        }
        out[at++] = '.';
        if (nanos % 1_000_000 == 0) {
            return digits(out, at, nanos / 1_000_000, 3);
        }
        if (nanos % 1_000 == 0) {
            return digits(out, at, nanos / 1_000, 6);
        }
        return digits(out, at, nanos, 9);
    }

    /** Writes the nanoseconds after a dot without trailing zeros; nothing when zero. */
    private static int shortestFraction(char[] out, int at, int nanos) {
        if (nanos == 0) {
            return at;
        }
        int width = 9;
        int value = nanos;
        while (value % 10 == 0) {
            value /= 10;
            width--;
        }
        out[at++] = '.';
        return digits(out, at, value, width);
    }

    /** Writes {@code value} with exactly {@code width} digits (zero-padded) at {@code at}; returns the next index. */
    private static int digits(char[] out, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return at + width;
    }
}
