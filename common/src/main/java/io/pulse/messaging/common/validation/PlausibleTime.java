package io.pulse.messaging.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A time a client sends must lie in the years 1970 to 9999 ({@code null} passes: pair it with {@code @NotNull} where
 * required). ISO-8601 lets a client write {@code +999999999-12-31T23:59:59Z}; such a value parses, then fails in
 * date arithmetic, a time zone's rules or PostgreSQL, so it is refused as invalid input (400) before it gets there.
 */
@Documented
@Constraint(validatedBy = PlausibleTimeValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PlausibleTime {

    String message() default "must be a time between the years 1970 and 9999";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
