package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.local.LocalSuite;

/**
 * Samples, every 200 ms while a workload runs, each service's resident memory and the connections open and active
 * on the suite's database, and keeps the peaks; and measures where the CPU went over the whole run.
 */
final class Sampler {

    /**
     * Peaks over one run: resident memory per service (KiB) and database connections; and the cores each part of
     * the suite used on average (see {@link CpuUsage}).
     */
    record Peak(Map<String, Long> rssKb, long activeConnections, long openConnections, Map<String, Double> cpuCores) {
    }

    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final Map<LocalSuite.Service, Process> processes;
    private final Database database;
    private final CpuUsage cpu;
    private CpuUsage.Snapshot cpuAtStart;
    private volatile boolean running;
    private Thread thread;
    private Map<String, Long> rss;
    private long active;
    private long open;

    Sampler(Map<LocalSuite.Service, Process> processes, Database database) {
        this.processes = processes;
        this.database = database;
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach((service, process) -> pids.put(service.name(), process.pid()));
        this.cpu = new CpuUsage(pids);
    }

    Map<String, Long> rssNow() {
        Map<String, Long> now = new LinkedHashMap<>();
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            Process process = processes.get(service);
            now.put(service.name(), process == null ? 0 : rssKb(process.pid()));
        }
        return now;
    }

    /**
     * Waits (up to {@code max}) until the services are nearly idle, so that a run does not pay for work queued by
     * the one before it (requests whose clients gave up are still served); returns how long it waited.
     */
    java.time.Duration awaitQuiet(java.time.Duration max) throws InterruptedException {
        long began = System.nanoTime();
        while (System.nanoTime() - began < max.toNanos()) {
            CpuUsage.Snapshot from = cpu.take();
            Thread.sleep(500);
            double busy = 0;
            for (Map.Entry<String, Double> entry : CpuUsage.cores(from, cpu.take()).entrySet()) {
                if (processes.keySet().stream().anyMatch(service -> service.name().equals(entry.getKey()))) {
                    busy += entry.getValue();
                }
            }
            if (busy < 0.2) {
                break;
            }
        }
        return java.time.Duration.ofNanos(System.nanoTime() - began);
    }

    synchronized void start() {
        rss = new LinkedHashMap<>();
        active = 0;
        open = 0;
        running = true;
        cpuAtStart = cpu.take();
        thread = new Thread(this::sample, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized Peak stop() throws InterruptedException {
        running = false;
        thread.join();
        Map<String, Double> cores = CpuUsage.cores(cpuAtStart, cpu.take());
        return new Peak(Map.copyOf(rss), active, open, cores);
    }

    private void sample() {
        try (Connection connection = database.superuser()) {
            while (running) {
                rssNow().forEach((service, kb) -> rss.merge(service, kb, Math::max));
                long[] connections = database.connections(connection);
                active = Math.max(active, connections[0]);
                open = Math.max(open, connections[1]);
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            System.err.println("sampler: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long rssKb(long pid) {
        try {
            Matcher matcher = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
