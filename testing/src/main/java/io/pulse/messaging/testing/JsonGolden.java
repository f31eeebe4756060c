package io.pulse.messaging.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The JSON a service writes, kept byte for byte: a response body is compared with a recorded golden file
 * ({@code src/test/resources/json-golden/NAME.json}), after masking what differs between runs (ids, instants).
 * Goldens are recorded from the reflective Jackson serializers ({@code -Dpulse.json.record=true} writes them
 * instead of comparing); the same tests then prove that another way of writing JSON (Quarkus's generated,
 * reflection-free serializers) writes exactly the same bytes: the same fields, in the same order, with the same
 * nulls, names and number formats.
 */
public final class JsonGolden {

    private static final Path DIRECTORY = Path.of("src/test/resources/json-golden");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern CURSOR = Pattern.compile("(\"nextCursor\":)\"[^\"]+\"");

    private JsonGolden() {
    }

    /**
     * Asserts that {@code body}, masked, equals the golden {@code name}; records it instead when the system property
     * {@code pulse.json.record} is {@code true}.
     */
    public static void assertMatches(String name, String body) {
        Path golden = DIRECTORY.resolve(name + ".json");
        String masked = mask(body);
        try {
            if (Boolean.getBoolean("pulse.json.record")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(golden, masked + "\n", StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8).stripTrailing(), masked,
                    "JSON written for " + name + " differs from " + golden);
        } catch (IOException e) {
            throw new UncheckedIOException("No golden " + golden + ": record it with -Dpulse.json.record=true", e);
        }
    }

    /** {@code body} with every id, instant and page cursor replaced by a placeholder; nothing else changes. */
    public static String mask(String body) {
        String masked = UUID.matcher(body).replaceAll("<id>");
        masked = INSTANT.matcher(masked).replaceAll("<instant>");
        return CURSOR.matcher(masked).replaceAll("$1\"<cursor>\"");
    }
}
