package io.pulse.messaging.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every entity of a service maps the columns its migrations create, with their types. Under the {@code test} profile
 * (common's configuration) Hibernate validates each mapping against the migrated database when the service starts and
 * refuses to start on any mismatch (a {@code varchar(255)} mapped over a {@code text} column, a missing column, a
 * wrong type), so every test of the service fails with it. This test makes sure the validation stays on. A service's
 * test extends it with {@code @QuarkusTest} and the {@link PulseTestResource}.
 */
public abstract class MappingsMatchMigrations {

    @Test
    void hibernateValidatedTheMappingsAgainstTheMigratedSchemaAtStart() {
        assertEquals("validate", ConfigProvider.getConfig()
                .getValue("quarkus.hibernate-orm.schema-management.strategy", String.class),
                "tests must start the service with Hibernate's schema validation on");
    }
}
