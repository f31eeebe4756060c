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

    /**
     * A rule that replies (a reply action, or no actions given) has exactly one of a template and a cannedResponseId; a
     * rule without a reply action needs neither, but may not have both.
     */
    class Check implements ConstraintValidator<ReplyGiven, RuleInput> {
        @Override
        public boolean isValid(RuleInput input, ConstraintValidatorContext context) {
            if (input == null) {
                return true;
            }
            boolean own = input.template() != null && !input.template().isBlank();
            boolean canned = input.cannedResponseId() != null;
            boolean replies = input.actions() == null
                    || input.actions().stream().anyMatch(action -> action != null && action.type() == RuleAction.Type.REPLY);
            if (own && canned) {
                return refuse(context, "give either a template or a cannedResponseId, not both");
            }
            return own || canned || !replies || refuse(context, "must not be blank (or give a cannedResponseId)");
        }

        private static boolean refuse(ConstraintValidatorContext context, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode("template").addConstraintViolation();
            return false;
        }
    }
}
