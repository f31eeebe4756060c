package io.pulse.messaging.brainstorm;

import io.pulse.messaging.common.testing.MappingsMatchMigrations;
import io.pulse.messaging.common.testing.PulseTestResource;
import io.pulse.messaging.common.testing.SchemaValidation;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(SchemaValidation.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class MappingsMatchMigrationsTest extends MappingsMatchMigrations {
}
