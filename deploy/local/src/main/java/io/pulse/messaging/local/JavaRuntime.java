package io.pulse.messaging.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java runtime the suite launches its services on: the one running the suite, or the JDK named by the
 * environment variable {@code PULSE_JAVA_HOME} (say a JDK 25 for its AOT cache while the build stays on 17).
 *
 * @param java the {@code java} launcher
 * @param version the runtime's full version (for example {@code 25.0.3+9-LTS}), part of a start-up cache's key
 * @param feature the feature release (17, 21, 25, ...)
 */
public record JavaRuntime(Path java, String version, int feature) {

    public static final String HOME_VARIABLE = "PULSE_JAVA_HOME";

    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_RUNTIME_VERSION=\"?([^\"\\n]+)\"?", Pattern.MULTILINE);
    private static final Pattern VERSION_LINE = Pattern.compile("version \"([^\"]+)\"");

    /** The runtime {@code PULSE_JAVA_HOME} names, or else the one running this JVM. */
    public static JavaRuntime select(Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        if (home == null || home.isBlank()) {
            Path java = ProcessHandle.current().info().command().map(Path::of)
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
            return new JavaRuntime(java, Runtime.version().toString(), Runtime.version().feature());
        }
        Path java = Path.of(home, "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException(HOME_VARIABLE + "=" + home + " is not a JDK: there is no executable " + java);
        }
        String version = versionOf(Path.of(home));
        return new JavaRuntime(java, version, feature(version));
    }

    /** The feature release of a version string such as {@code 17.0.15+6-Debian-1deb12u1} or {@code 25}. */
    static int feature(String version) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(version);
        if (!m.find()) {
            throw new IllegalArgumentException("not a Java version: " + version);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The version in a JDK's {@code release} file, or else what its {@code java -version} says. */
    private static String versionOf(Path home) {
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            if (m.find()) {
                return m.group(1).trim();
            }
        } catch (IOException e) {
            // no release file: ask the launcher
        }
        try {
            Process process = new ProcessBuilder(home.resolve("bin").resolve("java").toString(), "-version")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            Matcher m = VERSION_LINE.matcher(output);
            if (m.find()) {
                return m.group(1);
            }
            throw new IllegalArgumentException("cannot tell the version of " + home + ": " + output);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run " + home.resolve("bin/java") + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
