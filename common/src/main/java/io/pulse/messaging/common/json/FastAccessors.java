package io.pulse.messaging.common.json;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Jackson reads and writes the services' records through generated lambdas instead of reflective calls (Jackson's
 * own Blackbird module): the same serializers and deserializers, with their property order, inclusion rules, names
 * and strictness ({@link StrictJson}), only the accessor calls are cheaper. Unlike Quarkus's reflection-free
 * serializers (which, in the Quarkus release used here, order properties alphabetically and ignore a class-level
 * {@code @JsonInclude}), it cannot change a byte of the output: every service's JSON golden tests prove it.
 * Instants and times at offset zero are written by {@link FastInstantSerializer} and
 * {@link FastOffsetDateTimeSerializer}: the same text, without the general formatter.
 */
@Singleton
public class FastAccessors implements ObjectMapperCustomizer {

    /** Last: these serializers must be registered after the Java time module, or that module's would win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
        mapper.registerModule(new SimpleModule("pulse-instants").addSerializer(Instant.class, new FastInstantSerializer())
                .addSerializer(OffsetDateTime.class, new FastOffsetDateTimeSerializer()));
    }
}
