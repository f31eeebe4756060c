package io.pulse.messaging.local;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process with everything it started (JDK 25's training JVM starts the one that assembles its cache). */
final class ProcessTree {

    private ProcessTree() {
    }

    /** Kills {@code process}'s descendants, then {@code process}, and waits briefly for them to be gone. */
    static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle handle : descendants) {
            handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join();
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
