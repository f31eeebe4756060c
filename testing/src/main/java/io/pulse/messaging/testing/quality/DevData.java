package io.pulse.messaging.testing.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The public development sets that live beside the checkout, in {@code ../shared/data/} (never copied into the
 * repository). The folder is {@code -Dpulse.data=DIR} (or {@code PULSE_DATA}) when given, else the first
 * {@code shared/data} found beside the working directory or one of its parents.
 */
public final class DevData {

    private DevData() {
    }

    /** The data folder, or empty when none is configured or found. */
    public static Optional<Path> root() {
        String configured = System.getProperty("pulse.data", System.getenv("PULSE_DATA"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file of the data folder; fails with the way to point at it when the folder is missing. */
    public static Path file(String relative) {
        Path base = root().orElseThrow(() -> new IllegalStateException(
                "the development data folder was not found: run with -Dpulse.data=/path/to/shared/data"));
        Path file = base.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing development file " + file);
        }
        return file;
    }

    /**
     * The rows of a tab-separated file, header skipped. The sets have no quoting: a field never holds a tab or a
     * line break, and {@code "} is literal text.
     */
    public static List<List<String>> tsv(String relative) {
        try {
            List<String> lines = Files.readAllLines(file(relative), StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isEmpty()) {
                    rows.add(Arrays.asList(line.split("\t", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a JSON-lines file, one document each. */
    public static List<String> jsonLines(String relative) {
        try {
            return Files.readAllLines(file(relative), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
