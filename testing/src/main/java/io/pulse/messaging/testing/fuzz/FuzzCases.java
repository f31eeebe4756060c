package io.pulse.messaging.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.pulse.messaging.testing.fuzz.BodyMutations.Edit;
import io.pulse.messaging.testing.fuzz.ParameterMutations.Bad;
import io.pulse.messaging.testing.fuzz.RawBodies.RawBody;

/**
 * Every request of one round for one operation: the valid request (not for a DELETE, which would remove the
 * fixture's rows, nor for an event stream, which does not end), then one request per bad body value, broken body,
 * bad path, query and header parameter, each otherwise valid (real ids, a valid body with fresh ids). From the
 * second round on, bodies with two or three bad values at once are added.
 */
final class FuzzCases {

    static final String VALID = "valid request";
    private static final int COMPOUNDS_PER_ROUND = 40;

    private final ValidValues values;
    private final BodyMutations bodies;
    private final RawBodies rawBodies;
    private final ParameterMutations parameters;
    private final Random random;
    private final int round;

    FuzzCases(FuzzFixture fixture, List<Operation> operations, Random random, long bodyLimit, int round) {
        this.values = new ValidValues(random, fixture, operations);
        ValueMutations mutations = new ValueMutations(random);
        this.bodies = new BodyMutations(values, mutations);
        this.rawBodies = new RawBodies(bodyLimit);
        this.parameters = new ParameterMutations(new StringMutations(random));
        this.random = random;
        this.round = round;
    }

    List<FuzzCase> of(Operation operation) {
        List<FuzzCase> cases = new ArrayList<>();
        if (!operation.method().equals("DELETE") && !operation.eventStream()) {
            cases.add(request(operation, VALID, false, uri(operation, null, null, null), Map.of(), validBody(operation)));
        }
        if (operation.hasBody()) {
            Object valid = values.body(operation);
            List<Edit> edits = bodies.of(operation, valid);
            for (Edit edit : edits) {
                Object body = edit.applyTo(values.freshIds(edit.base()));
                cases.add(request(operation, edit.label(), edit.mutation().mustReject(), uri(operation, null, null, null), Map.of(),
                        Json.bytes(body)));
            }
            if (round > 0) {
                compounds(operation, edits, cases);
            }
            for (RawBody raw : rawBodies.of(operation, values.body(operation))) {
                cases.add(new FuzzCase(operation, labelled("body: " + raw.name()), raw.mustReject(), uri(operation, null, null, null), Map.of(),
                        raw.bytes(), raw.contentType()));
            }
        }
        parameterCases(operation, cases);
        return cases;
    }

    private void parameterCases(Operation operation, List<FuzzCase> cases) {
        for (Operation.Parameter parameter : operation.in("path")) {
            for (Bad bad : parameters.path(parameter, values.uuid())) {
                add(cases, operation, "path " + parameter.name() + ": " + bad.name(), bad,
                        uri(operation, parameter.name(), bad.value(), null), Map.of());
            }
        }
        for (Operation.Parameter parameter : operation.in("query")) {
            for (Bad bad : parameters.query(parameter)) {
                add(cases, operation, "query " + parameter.name() + ": " + bad.name(), bad,
                        uri(operation, null, null, parameter.name() + "=" + bad.value()), Map.of());
            }
        }
        for (Operation.Parameter parameter : operation.in("header")) {
            for (Bad bad : parameters.header(parameter)) {
                add(cases, operation, "header " + parameter.name() + ": " + bad.name(), bad, uri(operation, null, null, null),
                        Map.of(parameter.name(), bad.value()));
            }
        }
    }

    private void add(List<FuzzCase> cases, Operation operation, String label, Bad bad, String uri, Map<String, String> headers) {
        if (operation.eventStream() && !bad.mustReject()) {
            return; // a valid request to an event stream would be answered by a stream that never ends
        }
        cases.add(request(operation, label, bad.mustReject(), uri, headers, validBody(operation)));
    }

    /** Bodies with two or three bad values at places that do not contain one another. */
    private void compounds(Operation operation, List<Edit> edits, List<FuzzCase> cases) {
        for (int i = 0; i < COMPOUNDS_PER_ROUND && edits.size() > 1; i++) {
            List<Edit> chosen = new ArrayList<>();
            int wanted = 2 + random.nextInt(2);
            for (int attempt = 0; attempt < 20 && chosen.size() < wanted; attempt++) {
                Edit candidate = edits.get(random.nextInt(edits.size()));
                if (chosen.stream().noneMatch(other -> nested(other, candidate))) {
                    chosen.add(candidate);
                }
            }
            Object body = values.freshIds(chosen.get(0).base());
            boolean mustReject = false;
            List<String> labels = new ArrayList<>();
            for (Edit edit : chosen) {
                body = edit.applyTo(body);
                mustReject |= edit.mutation().mustReject();
                labels.add(edit.label());
            }
            cases.add(request(operation, String.join(" + ", labels), mustReject, uri(operation, null, null, null), Map.of(),
                    Json.bytes(body)));
        }
    }

    private static boolean nested(Edit a, Edit b) {
        int common = Math.min(a.path().size(), b.path().size());
        return a.path().subList(0, common).equals(b.path().subList(0, common));
    }

    private byte[] validBody(Operation operation) {
        return operation.hasBody() ? Json.bytes(values.body(operation)) : null;
    }

    private FuzzCase request(Operation operation, String label, boolean mustReject, String uri, Map<String, String> headers,
            byte[] body) {
        return new FuzzCase(operation, labelled(label), mustReject, uri, headers, body, body == null ? null : RawBodies.JSON);
    }

    /** Labels name their round from the second on, so that a long run's report tells the rounds apart. */
    private String labelled(String label) {
        return round == 0 || label.equals(VALID) ? label : "round " + (round + 1) + ": " + label;
    }

    /** The operation's path with real ids (random UUIDs where the fixture has none), one of them replaced if asked. */
    private String uri(Operation operation, String badParameter, String badValue, String query) {
        String path = operation.path();
        Map<String, String> filled = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.in("path")) {
            String real = values.realPathValue(operation, parameter);
            String value = parameter.name().equals(badParameter) ? badValue
                    : real != null ? ParameterMutations.encode(real) : values.uuid();
            filled.put(parameter.name(), value);
        }
        for (Map.Entry<String, String> entry : filled.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return query == null ? path : path + "?" + query;
    }
}
