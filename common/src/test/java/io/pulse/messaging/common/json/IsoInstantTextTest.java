package io.pulse.messaging.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class IsoInstantTextTest {

    @Test
    void writesWhatTheIsoInstantFormatterWrites() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(253_402_300_800L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            assertSame(Instant.ofEpochSecond(seconds, nanos));
        }
    }

    @Test
    void writesWhatTheIsoOffsetDateTimeFormatterWritesAtOffsetZero() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(253_402_300_800L);
            int nanos = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(10) * 100_000_000;
                case 2 -> random.nextInt(1000) * 1_000_000;
                case 3 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            OffsetDateTime time = Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.UTC);
            assertTrue(IsoInstantText.covers(time), time::toString);
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), IsoInstantText.format(time));
        }
    }

    @Test
    void leavesOtherOffsetsToTheFormatter() {
        assertFalse(IsoInstantText.covers(OffsetDateTime.parse("2026-12-05T08:30:00+01:00")));
        assertFalse(IsoInstantText.covers(OffsetDateTime.parse("1969-12-31T23:59:59Z")));
        assertTrue(IsoInstantText.covers(OffsetDateTime.parse("2026-12-05T08:30:00Z")));
    }

    @Test
    void writesTheEdgesOfItsRangeAndOfDaysAndYears() {
        for (Instant instant : List.of(Instant.EPOCH, Instant.ofEpochSecond(0, 1), Instant.parse("1999-12-31T23:59:59.999999999Z"),
                Instant.parse("2000-02-29T00:00:00Z"), Instant.parse("2024-02-29T12:00:00.100Z"),
                Instant.parse("2026-12-05T08:30:00.120500Z"), Instant.parse("9999-12-31T23:59:59.000001Z"))) {
            assertSame(instant);
        }
    }

    @Test
    void leavesYearsOutsideItsRangeToTheFormatter() {
        assertFalse(IsoInstantText.covers(Instant.ofEpochSecond(-1)));
        assertFalse(IsoInstantText.covers(Instant.parse("+10000-01-01T00:00:00Z")));
        assertTrue(IsoInstantText.covers(Instant.parse("9999-12-31T23:59:59.999999999Z")));
    }

    private static void assertSame(Instant instant) {
        assertTrue(IsoInstantText.covers(instant), instant::toString);
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), IsoInstantText.format(instant));
    }
}
