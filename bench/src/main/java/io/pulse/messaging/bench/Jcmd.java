package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code jcmd} (the one next to this JVM's java, else the one on the PATH) against a service's JVM. */
final class Jcmd {

    private Jcmd() {
    }

    /** Runs the command; true when it succeeded, else its output goes to standard error. */
    static boolean run(long pid, String... command) throws IOException, InterruptedException {
        return run(pid, new ArrayList<>(), command);
    }

    /** Runs the command, adding its output to {@code output}; true when it succeeded, else the output goes to standard error. */
    static boolean run(long pid, List<String> output, String... command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> line = new ArrayList<>(List.of(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        output.addAll(Bench.Tools.lines(process));
        boolean ok = process.waitFor() == 0 && output.stream().noneMatch(l -> l.contains("Could not") || l.contains("Exception"));
        if (!ok) {
            System.err.println("jcmd " + String.join(" ", command) + ": " + String.join(" ", output));
        }
        return ok;
    }
}
