package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.pulse.messaging.common.api.Cursor;

/**
 * A row of a session's data as the service holds it, with who wrote it ({@code userId}: the session's owner, an idea's
 * author, a voter): read and written by the repositories on the reactive SQL client, each statement limited to the
 * transaction's user (and checked again by row-level security).
 */
public abstract class AuthoredRow {

    private UUID id;
    private UUID userId;
    private OffsetDateTime createdAt;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getUserId() { return userId; }
    public void setUserId(UUID userId) { this.userId = userId; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }

    /** The keyset cursor of this row in a newest-first page. */
    public Cursor cursor() {
        return Cursor.of(createdAt, id);
    }
}
