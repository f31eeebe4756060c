package io.pulse.messaging.common.json;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} exactly as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} does
 * ({@code 2026-12-05T08:30:00Z}, the fraction in groups of three digits, as many as needed), without the formatter's
 * general machinery: the hot lists write one or two instants per row, and the formatter was their most expensive
 * JSON step. Only years 1970 to 9999 take this path ({@link #covers}); others are left to the formatter.
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

    /** The ISO-8601 text of {@code instant}, which {@link #covers} must accept. */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
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
        at = fraction(out, at, instant.getNano());
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
