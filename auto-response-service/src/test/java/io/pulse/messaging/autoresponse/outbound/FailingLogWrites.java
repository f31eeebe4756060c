package io.pulse.messaging.autoresponse.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.repository.OutcomeStatements;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/** Log writes that fail for one message id, after the outbox events were written in the same transaction (OutboxRollbackTest). */
@Alternative
@Priority(1)
@Singleton
public class FailingLogWrites extends OutcomeStatements {

    static final UUID FAILING_MESSAGE = UUID.fromString("0192f3a0-dead-7000-8000-00000000fa11");

    @Override
    public Uni<Void> insertLog(SqlScope scope, List<LogRow> rows, OffsetDateTime now) {
        if (rows.stream().anyMatch(row -> FAILING_MESSAGE.equals(row.messageId()))) {
            return Uni.createFrom().failure(new IllegalStateException("log write failed (test)"));
        }
        return super.insertLog(scope, rows, now);
    }
}
