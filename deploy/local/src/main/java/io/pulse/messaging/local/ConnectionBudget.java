package io.pulse.messaging.local;

import java.util.Map;

/**
 * How many pooled PostgreSQL connections each process of a multi-replica suite gets, so that the whole suite stays
 * under {@link #LIMIT} connections (the specification's target): every process holds up to its pool size
 * ({@code PULSE_DB_POOL_SIZE}), and each replica of a service with live updates (intelligence, brainstorm) one more
 * that only LISTENs. One replica keeps the services' own default (8); a pool size set in the environment is kept.
 */
final class ConnectionBudget {

    /** The suite stays below this many connections to PostgreSQL. */
    static final int LIMIT = 50;
    /** Services holding a LISTEN connection per replica, beside their pool. */
    static final int LISTENING_SERVICES = 2;
    static final String POOL_VARIABLE = "PULSE_DB_POOL_SIZE";

    private ConnectionBudget() {
    }

    /** The pool size to give every process, as a variable, when {@link #poolSize} says so; else nothing. */
    static Map<String, String> environment(int services, int replicas, Map<String, String> suiteVariables) {
        Integer pool = poolSize(services, replicas, SuiteEnvironment.effective(suiteVariables));
        return pool == null ? Map.of() : Map.of(POOL_VARIABLE, pool.toString());
    }

    /**
     * The pool size each process gets, or null to leave the services' default: one replica, or a size set in
     * {@code environment} (the suite's own variables over the inherited ones).
     */
    static Integer poolSize(int services, int replicas, Map<String, String> environment) {
        if (replicas <= 1 || environment.containsKey(POOL_VARIABLE)) {
            return null;
        }
        int listening = Math.min(services, LISTENING_SERVICES) * replicas;
        return Math.max(1, (LIMIT - 1 - listening) / (services * replicas));
    }
}
