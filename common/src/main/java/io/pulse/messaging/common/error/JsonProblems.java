package io.pulse.messaging.common.error;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.pulse.messaging.common.json.InvalidTextException;

/**
 * What a body that Jackson could not read amounts to, as a problem: malformed JSON (with where it broke), or the
 * field that has the wrong type or value (see {@link io.pulse.messaging.common.json.StrictJson} for what is refused).
 * Never Jackson's own message, which names Java classes.
 */
final class JsonProblems {

    private static final int MAX_NAME = 64;

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && e.getCause() instanceof InputCoercionException) {
            return ApiException.invalid(pathOf(mapping), "is out of range").problem(); // 99999999999 for an int
        }
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax) {
                // Broken JSON, even when Jackson reports it while binding a field.
                return malformed(syntax);
            }
        }
        if (e instanceof MismatchedInputException && startsWith(e, "Trailing token")) {
            return malformed(e, "The body has more content after its JSON value");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ApiException.invalid(pathOf(mapping), message(e)).problem();
        }
        return malformed(e, "The body is not valid JSON");
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidTextException text) {
            return text.reason();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "must be one of " + enumValues(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "has the wrong type (expected " + describe(mismatch.getTargetType()) + ")";
        }
        return "is invalid";
    }

    private static Problem malformed(StreamReadException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field '") && original.endsWith("'")) {
            String name = original.substring("Duplicate field '".length(), original.length() - 1);
            return malformed(e, "The body names the field '" + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name)
                    + "' more than once");
        }
        return malformed(e, "The body is not valid JSON");
    }

    private static Problem malformed(JsonProcessingException e, String what) {
        return ProblemType.MALFORMED_JSON.problem(what
                + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."));
    }

    private static boolean startsWith(JsonProcessingException e, String prefix) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(prefix);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(jsonName(constant));
        }
        return names.toString();
    }

    private static String jsonName(Object constant) {
        try {
            var field = constant.getClass().getField(((Enum<?>) constant).name());
            var property = field.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        } catch (NoSuchFieldException ignored) {
            // fall through to the constant's name
        }
        return constant.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return type == Double.class || type == Float.class || type == double.class || type == float.class
                    || type == java.math.BigDecimal.class ? "a number" : "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum() || type == java.util.UUID.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp";
        }
        return "an object";
    }
}
