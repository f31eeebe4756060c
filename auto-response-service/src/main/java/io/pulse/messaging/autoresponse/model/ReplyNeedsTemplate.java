package io.pulse.messaging.autoresponse.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A rule with a reply action (absent actions mean reply) needs a template; reported on the field {@code template}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReplyNeedsTemplate.Check.class)
public @interface ReplyNeedsTemplate {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<ReplyNeedsTemplate, RuleInput> {
        @Override
        public boolean isValid(RuleInput input, ConstraintValidatorContext context) {
            if (input == null || input.template() != null && !input.template().isBlank()) {
                return true;
            }
            boolean replies = input.actions() == null
                    || input.actions().stream().anyMatch(a -> a != null && a.type() == RuleAction.Type.REPLY);
            if (!replies) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("template").addConstraintViolation();
            return false;
        }
    }
}
