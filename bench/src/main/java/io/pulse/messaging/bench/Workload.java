package io.pulse.messaging.bench;

/**
 * One benchmarked endpoint.
 *
 * @param name short id, also the name of its wrk script ({@code bench/wrk/NAME.lua}) and pgbench script
 * @param description what a request does
 * @param pgbenchScript the pgbench script holding the SQL the endpoint runs, or null when it has no single hot query
 * @param write whether requests commit writes (the target is then a ratio of the pgbench ceiling, not a latency)
 * @param minSeconds the shortest run that completes enough requests to measure (slow requests), 0 for no minimum
 * @param resetSql SQL (as the owner role) that puts the data back as it was before a run, or null
 */
record Workload(String name, String description, String pgbenchScript, boolean write, int minSeconds, String resetSql) {

    Workload(String name, String description, String pgbenchScript, boolean write) {
        this(name, description, pgbenchScript, write, 0, null);
    }

    Workload(String name, String description, String pgbenchScript, boolean write, int minSeconds) {
        this(name, description, pgbenchScript, write, minSeconds, null);
    }

    java.time.Duration runFor(java.time.Duration requested) {
        return requested.toSeconds() >= minSeconds ? requested : java.time.Duration.ofSeconds(minSeconds);
    }
}
