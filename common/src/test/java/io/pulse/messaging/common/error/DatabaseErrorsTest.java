package io.pulse.messaging.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgException;

class DatabaseErrorsTest {

    @Test
    void aPreparedStatementTheServerNoLongerHasIsARetryableUnavailability() {
        Optional<Problem> missing = DatabaseErrors.classify(
                new PgException("prepared statement \"s3\" does not exist", "ERROR", "26000", null));
        assertEquals(503, missing.orElseThrow().status());

        Optional<Problem> replanned = DatabaseErrors.classify(
                new PgException("cached plan must not change result type", "ERROR", "0A000", null));
        assertEquals(503, replanned.orElseThrow().status());
    }

    @Test
    void aBrokenSocketIsTheDatabasesOnlyWhenMarkedSo() {
        java.io.IOException reset = new java.io.IOException("Connection reset by peer");
        assertTrue(DatabaseErrors.classify(reset).isEmpty(), "a bare IOException could be anything's");
        assertEquals(503, DatabaseErrors.classify(new DatabaseFailure(reset)).orElseThrow().status());
    }

    @Test
    void otherUnsupportedFeaturesAreNotCalledUnavailability() {
        assertTrue(DatabaseErrors.classify(
                new PgException("LOCK TABLE is not supported here", "ERROR", "0A000", null)).isEmpty());
    }
}
