package io.pulse.messaging.common.validation;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlausibleTime} on an {@link OffsetDateTime}. */
public class PlausibleTimeValidator implements ConstraintValidator<PlausibleTime, OffsetDateTime> {

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Override
    public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
        return value == null || isPlausible(value);
    }

    /** Whether {@code value} lies in the years 1970 to 9999 (UTC). */
    public static boolean isPlausible(OffsetDateTime value) {
        Instant instant = value.toInstant();
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
