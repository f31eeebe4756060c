package io.pulse.messaging.common.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Starts a service with Hibernate's schema validation on, against the schema its Flyway migrations created: a
 * mapping that disagrees with a migration (a {@code varchar(255)} mapped over a {@code text} column, a missing
 * column, a wrong type) fails the start, and so every test of the class that uses this profile. Production, the
 * local suite and the other tests keep schema management off: the migrations own the schema.
 */
public class SchemaValidation implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.hibernate-orm.schema-management.strategy", "validate");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
