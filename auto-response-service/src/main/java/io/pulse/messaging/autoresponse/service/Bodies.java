package io.pulse.messaging.autoresponse.service;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;

/** Bean Validation of a body this service reads itself (a merge-patched rule, a signed webhook delivery). */
final class Bodies {

    private Bodies() {
    }

    /**
     * @return {@code body}, when it is valid
     * @throws ApiException 400 listing the invalid fields
     */
    static <T> T valid(Validator validator, T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            throw ApiException.invalid(errors);
        }
        return body;
    }
}
