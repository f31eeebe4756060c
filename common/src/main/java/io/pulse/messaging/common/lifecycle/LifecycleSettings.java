package io.pulse.messaging.common.lifecycle;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings every service's data lifecycle shares: the schema its functions live in (the service's Flyway
 * schema), how many rows one statement may remove, and how long a replica's claim on a job lasts between batches.
 */
@ApplicationScoped
public class LifecycleSettings {

    private final String schema;
    private final int batchSize;
    private final Duration lease;
    private final Duration auditRetention;
    private final String replica = UUID.randomUUID().toString();

    public LifecycleSettings(@ConfigProperty(name = "quarkus.flyway.default-schema") String schema,
            @ConfigProperty(name = "pulse.lifecycle.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "pulse.lifecycle.lease", defaultValue = "PT2M") Duration lease,
            @ConfigProperty(name = "pulse.lifecycle.audit-retention", defaultValue = "P365D") Duration auditRetention) {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
        if (batchSize < 1 || lease.isNegative() || lease.isZero() || auditRetention.isNegative() || auditRetention.isZero()) {
            throw new IllegalArgumentException(
                    "pulse.lifecycle.batch-size, pulse.lifecycle.lease and pulse.lifecycle.audit-retention must be positive");
        }
        this.schema = schema;
        this.batchSize = batchSize;
        this.lease = lease;
        this.auditRetention = auditRetention;
    }

    /** The service's schema, where its {@code erase_user_batch} and {@code retention_batch} functions live. */
    public String schema() {
        return schema;
    }

    /** The most rows one statement removes: each batch is its own short transaction. */
    public int batchSize() {
        return batchSize;
    }

    /** How long a claim on a job lasts unless renewed: a replica that dies mid-run frees its job after this. */
    public Duration lease() {
        return lease;
    }

    /** How long audit entries and finished erasure records are kept. */
    public Duration auditRetention() {
        return auditRetention;
    }

    /** This process's name in {@code job_runs}: random per start, so that two replicas never share it. */
    public String replica() {
        return replica;
    }
}
