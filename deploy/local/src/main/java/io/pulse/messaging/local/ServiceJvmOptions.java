package io.pulse.messaging.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's JVM options (heap, metaspace, code cache, direct memory, thread stacks, collector):
 * {@code deploy/jvm/SERVICE.options}, one option per line, {@code #} comments. The one source of truth: the local suite
 * launches with them, and the container image's entry point passes the same file to java as an argument file
 * ({@code @/deployments/jvm.options}). The Kubernetes configuration must not set such options in
 * {@code JAVA_OPTS_APPEND} (they would come after the file and override its caps): {@code JvmOptionsManifestTest}
 * checks that it sets none, and that each pod's memory limit covers the file's caps.
 */
final class ServiceJvmOptions {

    /** What a service without an options file gets. */
    static final List<String> DEFAULT = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private ServiceJvmOptions() {
    }

    static Path file(Path home, String service) {
        return home.resolve("deploy").resolve("jvm").resolve(service + ".options");
    }

    static List<String> of(Path home, String service) {
        Path file = file(home, service);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<String> parse(List<String> lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String option = (comment < 0 ? line : line.substring(0, comment)).trim();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }
}
