package io.pulse.messaging.testing.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.microprofile.config.ConfigProvider;

import io.pulse.messaging.testing.fuzz.Exchange.Outcome;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * One walk over a running service (see {@code MalformedInputWalk}): per round, first every request the service may
 * accept, then, operation by operation, only the requests it must refuse, with the schema's digest compared around
 * each operation. The cases of one operation in one round come from their own seeded random, so both passes see the
 * same cases without holding them all in memory.
 */
public final class MalformedInputRun {

    private final FuzzFixture fixture;
    private final FuzzSettings settings;
    private final long bodyLimit;
    private final Findings findings;
    private final Exchange exchange;
    private long millis;

    public MalformedInputRun(FuzzFixture fixture, FuzzSettings settings) {
        this.fixture = fixture;
        this.settings = settings;
        this.bodyLimit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L << 20);
        this.findings = new Findings(bodyLimit);
        this.exchange = new Exchange(fixture);
    }

    public void walk(Connection owner, String schema) throws SQLException {
        long start = System.nanoTime();
        List<Operation> operations = ApiDocument.fetch().operations();
        for (int round = 0; round < settings.iterations(); round++) {
            for (int index = 0; index < operations.size(); index++) {
                for (FuzzCase request : cases(operations, index, round)) {
                    if (!request.mustReject()) {
                        findings.check(request, exchange.send(request));
                    }
                }
            }
            for (int index = 0; index < operations.size(); index++) {
                refuseOnly(owner, schema, operations.get(index), cases(operations, index, round));
            }
        }
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    private void refuseOnly(Connection owner, String schema, Operation operation, List<FuzzCase> cases) throws SQLException {
        if (cases.stream().noneMatch(FuzzCase::mustReject)) {
            return;
        }
        Map<String, String> before = SchemaDigest.of(owner, schema);
        List<String> accepted = new ArrayList<>();
        for (FuzzCase request : cases) {
            if (request.mustReject()) {
                Outcome outcome = exchange.send(request);
                findings.check(request, outcome);
                if (outcome.answered() && outcome.status() < 400) {
                    accepted.add(request.label());
                }
            }
        }
        List<String> changed = SchemaDigest.changed(before, SchemaDigest.of(owner, schema));
        if (!changed.isEmpty()) {
            findings.dataChanged(operation.key(), changed, accepted);
        }
    }

    private List<FuzzCase> cases(List<Operation> operations, int index, int round) {
        Random random = new Random(settings.seed() * 1_000_003L + round * 1_009L + index);
        return new FuzzCases(fixture, operations, random, bodyLimit, round).of(operations.get(index));
    }

    public boolean failed() {
        return findings.failed();
    }

    public String report() {
        return findings.report();
    }

    public String summary() {
        return findings.summary() + "  (" + millis + " ms, seed " + settings.seed() + ", " + settings.iterations() + " round(s))";
    }
}
