package io.pulse.messaging.bench;

/**
 * One benchmarked endpoint, or a variant of one (the same requests sent another way).
 *
 * @param name short id: the base workload's (also the name of its wrk and pgbench scripts), or the base's with the
 *        variant's suffix ({@code ar_rules_list.direct})
 * @param description what a request does
 * @param pgbenchScript the pgbench script holding the SQL the endpoint runs, or null when it has no single hot query
 *        (or for a variant: the base's ceiling, measured at the same level, applies)
 * @param write whether requests commit writes (the target is then a ratio of the pgbench ceiling, not a latency)
 * @param minSeconds the shortest run that completes enough requests to measure (slow requests), 0 for no minimum
 * @param resetSql SQL (as the owner role) that puts the data back as it was before a run, or null
 * @param script the wrk script's name ({@code bench/wrk/SCRIPT.lua}): the base workload's
 * @param variant how the requests are sent
 */
record Workload(String name, String description, String pgbenchScript, boolean write, int minSeconds, String resetSql,
        String script, Variant variant) {

    /** How a workload's requests are sent. */
    enum Variant {
        /** Through the gateway, each simulated client keeping its user's token for the run (the reference). */
        GATEWAY(""),
        /** Straight to the service's own port, tokens kept as for GATEWAY: with it, the gateway hop's share. */
        DIRECT(".direct"),
        /** Through the gateway, a random user's token on every request: with GATEWAY, what the token cache saves. */
        RANDOM_TOKENS(".random_tokens");

        final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }
    }

    Workload(String name, String description, String pgbenchScript, boolean write) {
        this(name, description, pgbenchScript, write, 0, null);
    }

    Workload(String name, String description, String pgbenchScript, boolean write, int minSeconds) {
        this(name, description, pgbenchScript, write, minSeconds, null);
    }

    Workload(String name, String description, String pgbenchScript, boolean write, int minSeconds, String resetSql) {
        this(name, description, pgbenchScript, write, minSeconds, resetSql, name, Variant.GATEWAY);
    }

    /** This workload sent the other way: no ceiling of its own (the base's, measured just before, applies). */
    Workload as(Variant other) {
        String how = switch (other) {
            case GATEWAY -> "";
            case DIRECT -> " (straight to the service's port, no gateway)";
            case RANDOM_TOKENS -> " (a random user's token on every request)";
        };
        return new Workload(script + other.suffix, description + how, null, write, minSeconds, resetSql, script, other);
    }

    java.time.Duration runFor(java.time.Duration requested) {
        return requested.toSeconds() >= minSeconds ? requested : java.time.Duration.ofSeconds(minSeconds);
    }
}
