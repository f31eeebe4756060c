package io.pulse.messaging.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.netty.util.concurrent.EventExecutor;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class EventLoopDefaultTest {

    @Inject
    Vertx vertx;

    @Test
    void oneLoopPerProcessorAtLeastOne() {
        assertEquals("3", new EventLoopDefault(() -> 3).getValue(EventLoopDefault.PROPERTY));
        assertEquals("1", new EventLoopDefault(() -> 0).getValue(EventLoopDefault.PROPERTY));
        assertEquals(Set.of(EventLoopDefault.PROPERTY), new EventLoopDefault(() -> 2).getPropertyNames());
    }

    @Test
    void filesAndEnvironmentStillDecide() {
        assertTrue(new EventLoopDefault().getOrdinal() < 100, "below microprofile-config.properties (100)");
    }

    @Test
    void theRunningServiceHasOneEventLoopPerProcessor() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertEquals(processors, ConfigProvider.getConfig().getValue(EventLoopDefault.PROPERTY, Integer.class));
        Set<EventExecutor> loops = StreamSupport.stream(((VertxInternal) vertx).getEventLoopGroup().spliterator(), false)
                .collect(Collectors.toSet());
        assertEquals(processors, loops.size());
    }
}
