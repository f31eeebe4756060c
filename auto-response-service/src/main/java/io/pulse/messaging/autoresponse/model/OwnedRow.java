package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.pulse.messaging.common.api.Cursor;

/**
 * A row of one user's data as the service holds it: its id and creation time. The owner is not held: every statement
 * that reads or writes a row takes it from the transaction's {@code SqlScope}, and row-level security checks it again.
 */
public abstract class OwnedRow {

    private UUID id;
    private OffsetDateTime createdAt;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }

    /** The keyset cursor of this row in a newest-first page (see {@code NewestFirst}). */
    public Cursor cursor() {
        return Cursor.of(createdAt, id);
    }

    /** Gives a new row its id and creation time, unless it has them already. */
    public void stamp(UUID newId, OffsetDateTime now) {
        if (id == null) {
            id = newId;
        }
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
