package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EventLoopBudgetTest {

    @Test
    void eachProcessGetsItsShareOfTheProcessorsAtLeastOne() {
        assertEquals(1, EventLoopBudget.loops(4, 2, Map.of()));
        assertEquals(4, EventLoopBudget.loops(4, 16, Map.of()));
        assertEquals(2, EventLoopBudget.loops(8, 16, Map.of()));
        assertEquals(1, EventLoopBudget.loops(8, 4, Map.of()));
        assertEquals(6, EventLoopBudget.loops(1, 6, Map.of()));
    }

    @Test
    void aCountSetInTheEnvironmentIsKept() {
        assertNull(EventLoopBudget.loops(4, 2, Map.of(EventLoopBudget.VARIABLE, "3")));
        assertEquals(Map.of(), EventLoopBudget.environment(4, Map.of(EventLoopBudget.VARIABLE, "3")));
    }
}
