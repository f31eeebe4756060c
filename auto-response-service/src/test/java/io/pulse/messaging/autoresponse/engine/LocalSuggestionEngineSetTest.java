package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written messages of {@code smart-replies/messages.tsv} (the 40 of issue 14 and the patterns its review found):
 * each must get its kind (or no suggestion, for an unsupported language), its language, replies that contain (or do
 * not contain) the given words, and a first reply with the words marked "^" (the reply a user sees first must fit).
 * Mismatches are logged together at the end.
 */
class LocalSuggestionEngineSetTest {

    private static final Logger LOG = Logger.getLogger(LocalSuggestionEngineSetTest.class);
    private static final LocalSuggestionEngine ENGINE = new LocalSuggestionEngine();
    private static final List<String> MISMATCHES = new ArrayList<>();
    private static final java.util.concurrent.atomic.AtomicInteger ROWS = new java.util.concurrent.atomic.AtomicInteger();

    record Row(int line, String kind, String language, List<String> must, List<String> mustNot, String message) {

        @Override
        public String toString() {
            return line + ": " + message;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LocalSuggestionEngineSetTest.class.getResourceAsStream("/smart-replies/messages.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(n, f[0], f[1], list(f[2]), list(f[3]), f[4]));
            }
        }
        assertTrue(rows.size() >= 40, rows.size() + " rows");
        ROWS.set(rows.size());
        return rows.stream();
    }

    private static List<String> list(String field) {
        return field.equals("-") ? List.of() : List.of(field.split(";"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachMessageGetsItsKindLanguageAndReplies(Row row) {
        SuggestionEngine.Result result = ENGINE.suggest(row.message(), "Alex");
        List<String> texts = result.suggestions().stream().map(SuggestionEngine.Suggestion::text).toList();
        List<String> problems = new ArrayList<>();
        if (row.kind().equals("unavailable")) {
            if (!texts.isEmpty() || !SuggestionEngine.LANGUAGE_NOT_SUPPORTED.equals(result.unavailableReason())) {
                problems.add("expected no suggestion, got " + texts);
            }
        } else {
            String kind = result.kinds().isEmpty() ? "none" : result.kinds().get(0).kind().wire();
            if (!kind.equals(row.kind())) {
                problems.add("kind " + kind + " (expected " + row.kind() + ", all " + result.kinds() + ")");
            }
            if (texts.size() != 3) {
                problems.add(texts.size() + " replies");
            }
        }
        if (!row.language().equals(result.language())) {
            problems.add("language " + result.language() + " (expected " + row.language() + ")");
        }
        String all = String.join(" | ", texts).toLowerCase(Locale.ROOT);
        String first = texts.isEmpty() ? "" : texts.get(0).toLowerCase(Locale.ROOT);
        row.must().stream().filter(w -> w.startsWith("^") && !first.contains(w.substring(1).toLowerCase(Locale.ROOT)))
                .forEach(w -> problems.add("the first reply has no '" + w.substring(1) + "'"));
        row.must().stream().filter(w -> !w.startsWith("^") && !all.contains(w.toLowerCase(Locale.ROOT)))
                .forEach(w -> problems.add("no reply has '" + w + "'"));
        row.mustNot().stream().filter(w -> all.contains(w.toLowerCase(Locale.ROOT))).forEach(w -> problems.add("a reply has '" + w + "'"));
        if (!problems.isEmpty()) {
            synchronized (MISMATCHES) {
                MISMATCHES.add(row + "\n    " + String.join("; ", problems) + "\n    replies: " + texts);
            }
        }
        assertEquals(List.of(), problems, row + " -> " + texts);
    }

    @AfterAll
    static void report() {
        LOG.infof("smart replies set: %d of %d as expected%s", ROWS.get() - MISMATCHES.size(), ROWS.get(),
                MISMATCHES.isEmpty() ? "" : "; mismatches:\n" + String.join("\n", MISMATCHES));
    }
}
