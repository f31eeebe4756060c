package io.pulse.messaging.intelligence.repository;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query results, which the driver hands over in more than one type. */
final class NativeValues {

    private NativeValues() {
    }

    /** A timestamp column (as UTC; a time without zone is read as UTC). */
    static OffsetDateTime utc(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toLocalDateTime().atOffset(ZoneOffset.UTC);
    }
}
