package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the machine's CPU went during a run, from {@code /proc}: each service's JVM, the gateway (it runs in this
 * benchmark's JVM), PostgreSQL (every {@code postgres} process, with the backends that exited counted through the
 * postmaster), wrk (a child of this JVM: its time shows in this JVM's children's time once reaped) and idle.
 * Figures are in cores: 1.0 is one core busy for the whole run.
 *
 * <p>Each service's time is also split by thread ({@code service/threads}): the event loops and worker threads
 * that serve requests, the JIT compilers, the garbage collector and the rest of the JVM. A sampling profiler sees
 * only the first two, so this split says how much of a service's CPU its request code accounts for.
 */
final class CpuUsage {

    static final String GATEWAY = "gateway";
    static final String POSTGRES = "postgres";
    static final String WRK = "wrk";
    static final String IDLE = "idle";

    /** Linux's USER_HZ, which /proc reports times in; 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100;

    /** Busy ticks per group and the machine's idle ticks at one instant. */
    record Snapshot(long nanos, Map<String, Long> ticks) {
    }

    private final Map<String, Long> servicePids;

    CpuUsage(Map<String, Long> servicePids) {
        this.servicePids = servicePids;
    }

    Snapshot take() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        servicePids.forEach((service, pid) -> {
            ticks.put(service, own(stat(pid)));
            threads(pid).forEach((group, t) -> ticks.put(service + "/" + group, t));
        });
        long[] self = stat(ProcessHandle.current().pid());
        ticks.put(GATEWAY, own(self));
        ticks.put(WRK, children(self));
        ticks.put(POSTGRES, postgres());
        ticks.put(IDLE, idle());
        return new Snapshot(System.nanoTime(), ticks);
    }

    /** Cores used per group between two snapshots. */
    static Map<String, Double> cores(Snapshot from, Snapshot to) {
        double seconds = Math.max(1e-9, (to.nanos() - from.nanos()) / 1e9);
        Map<String, Double> cores = new LinkedHashMap<>();
        to.ticks().forEach((group, ticks) -> {
            long delta = Math.max(0, ticks - from.ticks().getOrDefault(group, 0L));
            cores.put(group, Math.round(delta / TICKS_PER_SECOND / seconds * 100) / 100.0);
        });
        return cores;
    }

    /**
     * A process's CPU since it was launched, in milliseconds: {@code total} (every thread, those that exited too),
     * {@code JIT} (its compiler threads) and {@code GC} (its collector threads), the rest being the main thread and
     * the framework's own threads. Read when a service turns ready: where its start-up CPU went.
     */
    static io.vertx.core.json.JsonObject startupMillis(long pid) {
        Map<String, Long> threads = threads(pid);
        long total = own(stat(pid));
        long jit = threads.getOrDefault("JIT", 0L);
        long gc = threads.getOrDefault("GC", 0L);
        return new io.vertx.core.json.JsonObject().put("total", millis(total)).put("JIT", millis(jit)).put("GC", millis(gc))
                .put("rest", millis(Math.max(0, total - jit - gc)));
    }

    private static long millis(long ticks) {
        return Math.round(ticks * 1000 / TICKS_PER_SECOND);
    }

    /** A service's busy ticks per kind of thread, from /proc/PID/task (threads that exited are not counted). */
    private static Map<String, Long> threads(long pid) {
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String group : List.of("event loops", "workers", "JIT", "GC", "other")) {
            groups.put(group, 0L);
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                } catch (IOException e) {
                    continue;
                }
                groups.merge(threadGroup(name), own(stat(task)), Long::sum);
            }
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    static String threadGroup(String name) {
        if (name.startsWith("vert.x-eventloo")) {
            return "event loops";
        }
        if (name.startsWith("executor-thread") || name.startsWith("vert.x-worker") || name.startsWith("vert.x-internal")) {
            return "workers";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") || name.startsWith("Compiler")) {
            return "JIT";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "GC";
        }
        return "other";
    }

    private static long postgres() {
        long total = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long[] stat = stat(process);
                if (stat.length > 0 && stat[0] == 1) {
                    total += own(stat) + children(stat);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private static long idle() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle + iowait
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long own(long[] stat) {
        return stat.length == 0 ? 0 : stat[1] + stat[2];
    }

    private static long children(long[] stat) {
        return stat.length == 0 ? 0 : stat[3] + stat[4];
    }

    private static long[] stat(long pid) {
        return stat(Path.of("/proc", Long.toString(pid)));
    }

    /**
     * {is postgres (1/0), utime, stime, cutime, cstime} of one process, or an empty array when it is gone. The
     * command name sits in parentheses and may hold spaces, so fields are counted from the last ')'.
     */
    private static long[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String command = stat.substring(open + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            // fields[0] is the state (field 3 of proc(5)); utime is field 14, so fields[11]
            return new long[] {"postgres".equals(command) ? 1 : 0, Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}
