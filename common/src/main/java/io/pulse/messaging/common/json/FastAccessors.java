package io.pulse.messaging.common.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Jackson reads and writes the services' records through generated lambdas instead of reflective calls (Jackson's
 * own Blackbird module): the same serializers and deserializers, with their property order, inclusion rules, names
 * and strictness ({@link StrictJson}), only the accessor calls are cheaper. Unlike Quarkus's reflection-free
 * serializers (which, in the Quarkus release used here, order properties alphabetically and ignore a class-level
 * {@code @JsonInclude}), it cannot change a byte of the output: every service's JSON golden tests prove it.
 */
@Singleton
public class FastAccessors implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
