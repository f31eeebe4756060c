package io.pulse.messaging.autoresponse.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A rule's reply: a template of its own, or a canned response (reported on {@code template}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReplyGiven.Check.class)
public @interface ReplyGiven {

    String message() default "must not be blank (or give a cannedResponseId)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Exactly one of template and cannedResponseId. */
    class Check implements ConstraintValidator<ReplyGiven, RuleInput> {
        @Override
        public boolean isValid(RuleInput input, ConstraintValidatorContext context) {
            boolean own = input.template() != null && !input.template().isBlank();
            if (own != (input.cannedResponseId() != null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(own ? "give either a template or a cannedResponseId, not both"
                    : "must not be blank (or give a cannedResponseId)").addPropertyNode("template").addConstraintViolation();
            return false;
        }
    }
}
