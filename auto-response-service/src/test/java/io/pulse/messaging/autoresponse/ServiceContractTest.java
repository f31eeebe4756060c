package io.pulse.messaging.autoresponse;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.ServiceContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceContractTest extends ServiceContract {

    @Override
    protected String apiPrefix() {
        return "/api/auto-responses";
    }

    @Override
    protected String schema() {
        return "auto_response";
    }
}
