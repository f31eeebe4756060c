package io.pulse.messaging.common.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class PlausibleTimeValidatorTest {

    private final PlausibleTimeValidator validator = new PlausibleTimeValidator();

    @Test
    void timesFrom1970To9999PassAndNullIsLeftToNotNull() {
        assertTrue(validator.isValid(OffsetDateTime.parse("1970-01-01T00:00:00Z"), null));
        assertTrue(validator.isValid(OffsetDateTime.parse("2026-11-25T14:03:00+01:00"), null));
        assertTrue(validator.isValid(OffsetDateTime.parse("9999-12-31T23:59:59Z"), null));
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void theExtremesIso8601AllowsAreRefused() {
        assertFalse(validator.isValid(OffsetDateTime.parse("+999999999-12-31T23:59:59Z"), null));
        assertFalse(validator.isValid(OffsetDateTime.parse("-999999999-01-01T00:00:00Z"), null));
        assertFalse(validator.isValid(OffsetDateTime.parse("1969-12-31T23:59:59Z"), null));
        assertFalse(validator.isValid(OffsetDateTime.parse("+10000-01-01T00:00:00Z"), null));
    }
}
