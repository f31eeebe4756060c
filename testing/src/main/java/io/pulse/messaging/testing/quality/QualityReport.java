package io.pulse.messaging.testing.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jboss.logging.Logger;

/**
 * One engine's evaluation on a development set: its figures, each beside the simple baselines of the same run and,
 * where the engine has one, its target. {@link #publish()} prints the table and writes it to
 * {@code bench/results/quality/<name>.md} (the README quotes these files); {@link #unmet()} lists the targets missed.
 */
public final class QualityReport {

    private static final Logger LOG = Logger.getLogger(QualityReport.class);

    private record Row(String measure, String system, double value, Target target) {
    }

    private final String name;
    private final String title;
    private final String data;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param name  file name, e.g. {@code sentiment}
     * @param title heading, e.g. {@code Sentiment (intelligence-service)}
     * @param data  what was measured on, e.g. {@code tweeteval-sentiment/val.tsv, 2,000 tweets, 5-fold CV}
     */
    public QualityReport(String name, String title, String data) {
        this.name = name;
        this.title = title;
        this.data = data;
    }

    /** A figure of the engine with the target it must meet. */
    public QualityReport figure(String measure, String system, double value, Target target) {
        rows.add(new Row(measure, system, value, target));
        return this;
    }

    /** A figure without a target: a baseline, or the engine's figure that is reported but not gated. */
    public QualityReport baseline(String measure, String system, double value) {
        rows.add(new Row(measure, system, value, null));
        return this;
    }

    /** A line under the table: how the figure was made, what it does not show. */
    public QualityReport note(String note) {
        notes.add(note);
        return this;
    }

    /** The targets missed, as readable lines (empty when every target is met). */
    public List<String> unmet() {
        return rows.stream().filter(r -> r.target() != null && !r.target().metBy(r.value()))
                .map(r -> r.measure() + " of " + r.system() + " is " + format(r.value()) + ", target " + r.target())
                .toList();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append("\n\n");
        out.append("Measured ").append(LocalDate.now(ZoneOffset.UTC)).append(" on ").append(data).append(".\n\n");
        out.append("| measure | system | value | target | met |\n| --- | --- | ---: | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(row.measure()).append(" | ").append(row.system()).append(" | ")
                    .append(format(row.value())).append(" | ")
                    .append(row.target() == null ? "" : row.target().toString()).append(" | ")
                    .append(row.target() == null ? "" : row.target().metBy(row.value()) ? "yes" : "**no**")
                    .append(" |\n");
        }
        notes.forEach(note -> out.append("\n").append(note).append("\n"));
        return out.toString();
    }

    /** Prints the table and writes it under the repository's {@code bench/results/quality/}. */
    public void publish() {
        String text = markdown();
        LOG.info("\n" + text);
        Path folder = repositoryRoot().resolve("bench").resolve("results").resolve("quality");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("bench"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
