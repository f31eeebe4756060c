package io.pulse.messaging.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The suite's running service processes, one per replica: launched through {@link ServiceLauncher}, awaited until
 * ready, stopped gracefully (SIGTERM) or killed. Replica 0 of each service is the one that records its start-up cache.
 */
final class ReplicaProcesses {

    private final ServiceLauncher launcher;
    private final LocalSuite.Ports ports;
    private final Path logs;
    private final Map<Replica, Process> processes = new LinkedHashMap<>();
    private final Map<Replica, Duration> readyAfter = new LinkedHashMap<>();

    ReplicaProcesses(ServiceLauncher launcher, LocalSuite.Ports ports, Path logs) {
        this.launcher = launcher;
        this.ports = ports;
        this.logs = logs;
    }

    /**
     * Launches {@code replicas} and waits until each is ready.
     *
     * @param oneByOne launch each only once the previous one is ready (each start-up time is then measured alone)
     */
    synchronized void start(List<Replica> replicas, CachePolicy policy, boolean oneByOne) throws IOException {
        Map<Replica, Instant> launched = new LinkedHashMap<>();
        for (Replica replica : replicas) {
            launched.put(replica, Instant.now());
            processes.put(replica, launcher.launch(replica, policy));
            if (oneByOne) {
                awaitReady(replica, launched.get(replica));
            }
        }
        if (!oneByOne) {
            for (Replica replica : replicas) {
                awaitReady(replica, launched.get(replica));
            }
        }
    }

    private void awaitReady(Replica replica, Instant launched) {
        ServiceReadiness.await(replica, processes.get(replica), ports.of(replica), logs);
        readyAfter.put(replica, Duration.between(launched, Instant.now()));
        launcher.ready(replica);
    }

    /** Stops {@code replica} (SIGTERM, graceful), launches it again under {@code policy}; returns the time to readiness. */
    synchronized Duration restart(Replica replica, CachePolicy policy) throws IOException {
        Process running = processes.get(replica);
        if (running == null) {
            throw new IllegalStateException(replica.name() + " is not running");
        }
        running.destroy();
        awaitExit(replica);
        Instant launched = Instant.now();
        processes.put(replica, launcher.launch(replica, policy));
        ServiceReadiness.await(replica, processes.get(replica), ports.of(replica), logs);
        Duration took = Duration.between(launched, Instant.now());
        launcher.ready(replica);
        return took;
    }

    /** Kills {@code replica} at once (SIGKILL, no shutdown), as a crashed machine would; it stays down. */
    synchronized void kill(Replica replica) {
        Process process = processes.remove(replica);
        if (process == null) {
            throw new IllegalStateException(replica.name() + " is not running");
        }
        ProcessTree.kill(process);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        launcher.exited(replica, -1);
    }

    String startedAs(Replica replica) {
        return launcher.startedAs(replica);
    }

    synchronized Map<Replica, Process> processes() {
        return new LinkedHashMap<>(processes);
    }

    synchronized Map<Replica, Duration> readyAfter() {
        return new LinkedHashMap<>(readyAfter);
    }

    /** SIGTERM to every replica at once, then waits for each (and keeps what a training run recorded). */
    synchronized void stopAll() {
        processes.values().forEach(Process::destroy);
        new ArrayList<>(processes.keySet()).forEach(this::awaitExit);
        processes.clear();
    }

    /** What {@code byReplica} holds for each service's first replica. */
    static <T> Map<LocalSuite.Service, T> first(Map<Replica, T> byReplica) {
        Map<LocalSuite.Service, T> first = new LinkedHashMap<>();
        byReplica.forEach((replica, value) -> {
            if (replica.index() == 0) {
                first.put(replica.service(), value);
            }
        });
        return first;
    }

    boolean isEmpty() {
        return processes.isEmpty();
    }

    /**
     * Waits for {@code replica}'s JVM to exit after its SIGTERM: 30 s, or five minutes for a training run, which writes
     * its cache as it exits (JDK 25 assembles it in a child JVM: a minute or two); then kills it and its descendants.
     */
    private void awaitExit(Replica replica) {
        Process process = processes.get(replica);
        boolean killed = false;
        try {
            if (!process.waitFor(launcher.training(replica) ? 300 : 30, TimeUnit.SECONDS)) {
                System.err.println(replica.name() + " did not stop in time; killing it");
                ProcessTree.kill(process);
                killed = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.kill(process);
            killed = true;
        }
        launcher.exited(replica, killed ? -1 : process.exitValue());
    }
}
