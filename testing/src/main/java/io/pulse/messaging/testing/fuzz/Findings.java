package io.pulse.messaging.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pulse.messaging.testing.fuzz.Exchange.Outcome;

/**
 * What the walk found, checked request by request: no 5xx, every 4xx an {@code application/problem+json} document, a
 * 4xx for every request that must be refused, an answer to every request; and, per operation, no change to stored
 * data while only requests that must be refused were sent. Also counts what each operation answered, for the log.
 */
final class Findings {

    /** One thing wrong: what was sent and what came back. */
    record Failure(String kind, String operation, String mutation, String outcome) {
    }

    static final String SERVER_ERROR = "5xx";
    static final String NOT_A_PROBLEM = "4xx that is not application/problem+json";
    static final String ACCEPTED = "accepted (2xx) input the service must refuse";
    static final String NO_ANSWER = "no answer";
    static final String DATA_CHANGED = "stored data changed by requests that were all to be refused";

    private static final int MAX_REQUEST_LINE = 4096;

    private final long bodyLimit;
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, String> validAnswers = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();
    private int sent;

    Findings(long bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    void check(FuzzCase request, Outcome outcome) {
        sent++;
        String operation = request.operation().key();
        statuses.computeIfAbsent(operation, key -> new TreeMap<>()).merge(outcome.status(), 1, Integer::sum);
        millis.merge(operation, outcome.millis(), Long::sum);
        if (request.label().equals(FuzzCases.VALID)) {
            validAnswers.put(operation, outcome.status() + " " + outcome.snippet(120));
        }
        if (!outcome.answered()) {
            if (!oversized(request)) {
                failures.add(new Failure(NO_ANSWER, operation, request.label(), outcome.error().toString()));
            }
            return;
        }
        int status = outcome.status();
        String answer = status + " " + outcome.snippet(160);
        if (status >= 500) {
            failures.add(new Failure(SERVER_ERROR, operation, request.label(), answer));
        } else if (status >= 400 && (outcome.contentType() == null || !outcome.contentType().startsWith("application/problem+json"))) {
            failures.add(new Failure(NOT_A_PROBLEM, operation, request.label(), answer + " [" + outcome.contentType() + "]"));
        } else if (status < 400 && request.mustReject()) {
            failures.add(new Failure(ACCEPTED, operation, request.label(), Integer.toString(status)));
        }
    }

    /**
     * A body over the limit, or a request line over Vert.x's 4096 characters: the server answers 413 or 414 and closes the
     * connection, possibly while the client is still writing, which then sees a broken pipe instead.
     */
    private boolean oversized(FuzzCase request) {
        return request.body() != null && request.body().length > bodyLimit || request.uri().length() > MAX_REQUEST_LINE;
    }

    void dataChanged(String operation, List<String> tables, List<String> accepted) {
        failures.add(new Failure(DATA_CHANGED, operation, "tables " + tables,
                accepted.isEmpty() ? "no request was answered 2xx" : "answered 2xx: " + accepted));
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    /** Every failure, grouped by kind and operation; identical answers to several mutations are listed once. */
    String report() {
        Map<String, Map<String, List<String>>> grouped = new TreeMap<>();
        for (Failure failure : failures) {
            grouped.computeIfAbsent(failure.kind() + " | " + failure.operation(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(failure.outcome(), key -> new ArrayList<>()).add(failure.mutation());
        }
        StringBuilder report = new StringBuilder(failures.size() + " failures in " + sent + " requests:\n");
        grouped.forEach((kindAndOperation, byOutcome) -> {
            report.append("\n").append(kindAndOperation).append('\n');
            byOutcome.forEach((outcome, mutations) -> report.append("  ").append(mutations.size()).append("x ")
                    .append(outcome).append("\n     for: ").append(String.join("; ", mutations)).append('\n'));
        });
        return report.toString();
    }

    /** Requests sent and answers per operation, and what each valid request got. */
    String summary() {
        StringBuilder summary = new StringBuilder("Malformed-input walk: " + sent + " requests\n");
        statuses.forEach((operation, counts) -> summary.append("  ").append(operation).append(" ").append(counts)
                .append(" in ").append(millis.get(operation)).append(" ms")
                .append(validAnswers.containsKey(operation) ? "  valid request: " + validAnswers.get(operation) : "").append('\n'));
        return summary.toString();
    }
}
