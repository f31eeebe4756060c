package io.pulse.messaging.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.fuzz.FuzzFixture;
import io.pulse.messaging.testing.fuzz.FuzzSettings;
import io.pulse.messaging.testing.fuzz.MalformedInputRun;

/**
 * Walks every operation of the running service's OpenAPI document ({@code /q/openapi?format=json}) and sends
 * generated malformed input with a valid user token: for each operation a valid request built from the document's
 * examples and the fixture's real ids, then the same request with one thing wrong. Bodies get, at every property the
 * schema declares (and the first element of every array, one value of every map): null, left out, wrong types,
 * 1e308, -9223372036854775808, 1.5 for integers, {@code "true"} for booleans, dates of year +999999999 and
 * -999999999, strings of 100,000 characters, arrays of 10,000 elements, nesting 1,000 deep, control characters, NUL
 * and lone surrogates, null elements and null map values, unknown enum values and ordinals, malformed UUIDs; whole
 * bodies are empty, truncated, followed by garbage, nested 10,000 deep, invalid UTF-8, over the size limit or sent
 * as text/plain; path, query and header parameters get malformed ids, non-numbers, extreme numbers, booleans other
 * than true and false, extreme dates, NUL, huge values.
 *
 * <p>Asserted, with every failure listed in one message (operation, mutation, status and the start of the body):
 * no 5xx and an answer to every request; every 4xx is {@code application/problem+json}; a 4xx for what the document
 * forbids for certain (a required or non-nullable value, a bound, a format, an enum) and what issue 15 requires to be
 * refused (a lone surrogate, 1.5 for an integer, {@code "true"} for a boolean, dates outside years 1970-9999,
 * trailing garbage); and no change to stored data: the requests that must be refused are sent one operation at a
 * time, after all the others, with a digest of every table of the service's schema (read as the owner role) taken
 * before and after each operation. Values a service may accept (a control character in a free text, a 100,000
 * character string without a declared limit) only have to be answered without a 5xx; they are sent before.
 *
 * <p>In {@code verify} the walk runs one round with seed 15. A longer run, for the benchmark machine:
 * {@code ./mvnw -o -pl <service> -am test -Dtest=MalformedInputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpulse.fuzz.iterations=20 -Dpulse.fuzz.seed=$RANDOM}: each further round draws new random values and adds
 * bodies with two or three bad values at once. A failure names the seed that reproduces it.
 *
 * <p>A service's test extends this with {@code @QuarkusTest} and the {@link PulseTestResource}, creates its rows in
 * {@link #fixture()} with valid requests, and returns what the walk should know (see {@link FuzzFixture}).
 */
public abstract class MalformedInputWalk {

    /** The service's database schema, for example {@code summarization}. */
    protected abstract String schema();

    /** Creates rows with valid requests (before any digest is taken) and says which ids and values are real. */
    protected abstract FuzzFixture fixture();

    @Test
    void malformedInputIsRefusedWithAProblemAndChangesNothing() throws SQLException {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        FuzzFixture fixture = fixture();
        MalformedInputRun run = new MalformedInputRun(fixture, settings);
        try (Connection owner = TestDatabase.asOwner()) {
            run.walk(owner, schema());
        }
        Logger.getLogger(MalformedInputWalk.class).info(run.summary());
        assertFalse(run.failed(), run.report() + "\n(seed " + settings.seed() + ", iterations " + settings.iterations()
                + "; -D" + FuzzSettings.SEED + "=" + settings.seed() + " reproduces it)");
    }
}
