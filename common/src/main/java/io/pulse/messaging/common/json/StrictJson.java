package io.pulse.messaging.common.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly, so that what is stored is exactly what the client meant (the mapper every service
 * injects, and the one Quarkus REST reads bodies with):
 * <ul>
 * <li>nothing may follow the JSON value ({@code {"a":1} {"a":2}} is not one value);</li>
 * <li>a field may appear once (which of two values a proxy or a validator saw would be anyone's guess);</li>
 * <li>no scalar is coerced from another JSON type: {@code 1.5} or {@code "1"} for a whole number, {@code "0.5"} for a
 * number, {@code "true"} or {@code 1} for a boolean, a number or a boolean for a string, an ordinal for an enum are
 * all refused;</li>
 * <li>strings must be valid Unicode text ({@link WellFormedText}).</li>
 * </ul>
 * Unknown fields are refused too ({@code quarkus.jackson.fail-on-unknown-properties}). Each is a 400 problem naming
 * the field or where the JSON broke.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        mapper.registerModule(new SimpleModule("pulse-well-formed-text")
                .addDeserializer(String.class, new WellFormedText.Values())
                .addKeyDeserializer(String.class, new WellFormedText.Keys()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
