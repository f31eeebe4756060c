package io.pulse.messaging.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every entity of a service maps the columns its migrations create, with their types: the service starts under
 * {@link SchemaValidation}, where Hibernate validates each mapping against the migrated database and refuses to
 * start on any mismatch. A service's test extends this with {@code @QuarkusTest},
 * {@code @TestProfile(SchemaValidation.class)} and the {@link PulseTestResource}.
 */
public abstract class MappingsMatchMigrations {

    @Test
    void theServiceStartedWithHibernatesSchemaValidationOn() {
        // Reaching this line means the start, and with it the validation, succeeded; the check below makes sure
        // the validation really ran rather than being configured away.
        assertEquals("validate", ConfigProvider.getConfig()
                .getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
    }
}
