package io.pulse.messaging.brainstorm;

import io.pulse.messaging.testing.MappingsMatchMigrations;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class MappingsMatchMigrationsTest extends MappingsMatchMigrations {
}
