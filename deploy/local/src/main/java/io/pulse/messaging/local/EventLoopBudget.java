package io.pulse.messaging.local;

import java.util.Map;

/**
 * How many Vert.x event loops each service process of the suite gets. A service on its own takes one loop per
 * processor (common's {@code EventLoopDefault}); the suite runs every service, and its replicas, on the same
 * processors, so each gets its share of them, at least one: on a 2-core machine with four services, one loop each.
 * Fewer loops than busy threads mean fewer hand-offs and wake-ups per request (bench/README.md, "Event loops"). A
 * loop count set in the environment is kept.
 */
final class EventLoopBudget {

    static final String VARIABLE = "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE";

    private EventLoopBudget() {
    }

    /** The loop count to give every process, as a variable, unless the environment sets one. */
    static Map<String, String> environment(int processes, Map<String, String> suiteVariables) {
        Integer loops = loops(processes, Runtime.getRuntime().availableProcessors(),
                SuiteEnvironment.effective(suiteVariables));
        return loops == null ? Map.of() : Map.of(VARIABLE, loops.toString());
    }

    /** Each process's share of the processors, at least one; null when {@code environment} sets the count. */
    static Integer loops(int processes, int processors, Map<String, String> environment) {
        if (environment.containsKey(VARIABLE)) {
            return null;
        }
        return Math.max(1, processors / Math.max(1, processes));
    }
}
