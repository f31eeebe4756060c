package io.pulse.messaging.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Launches a service of the suite from its packaged jar, in its own JVM under the {@code local} configuration
 * profile, pointed at the suite's database; its output is appended to {@code SERVICE.log} in the logs directory. The JVM
 * options are the service's own ({@link ServiceJvmOptions}), and the launch uses or trains the service's start-up
 * cache ({@link StartupCache}); a line on the console says which start it is.
 */
final class ServiceLauncher {

    /** {@code off} turns the start-up caches off: every launch is a plain start. */
    static final String CACHE_VARIABLE = "PULSE_STARTUP_CACHE";

    /**
     * The live-events key of the local suite's services (in the repository, like the development token key, and as
     * harmless: everything listens on the loopback interface): one key for every replica of a service.
     */
    static final String DEVELOPMENT_EVENTS_KEY = "pulse-local-development-live-events-key-not-secret";

    private final Path home;
    private final LocalSuite.Ports ports;
    private final List<String> extraJvmOptions;
    private final Path logs;
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private final JavaRuntime runtime;
    private final StartupCache cache;
    private final boolean cacheOff;
    private final Map<Replica, Launch> plans = new ConcurrentHashMap<>();
    private final Map<Replica, String> startedAs = new ConcurrentHashMap<>();
    private final java.util.Set<Replica> restarted = ConcurrentHashMap.newKeySet();

    /**
     * @param home the root of the checkout, where the services' packaged jars are
     * @param ports where the services and PostgreSQL listen
     * @param extraJvmOptions JVM options added to every launch, after the suite's own
     * @param logs the directory of the services' logs
     */
    ServiceLauncher(Path home, LocalSuite.Ports ports, List<String> extraJvmOptions, Path logs) {
        this.home = home;
        this.ports = ports;
        this.extraJvmOptions = extraJvmOptions;
        this.logs = logs;
        this.runtime = JavaRuntime.select(System.getenv());
        this.cache = new StartupCache(home.resolve(".pulse").resolve("aot"), runtime);
        this.cacheOff = "off".equalsIgnoreCase(System.getenv().getOrDefault(CACHE_VARIABLE, ""));
    }

    ServiceLauncher environment(Map<String, String> variables) {
        extraEnvironment.putAll(variables);
        return this;
    }

    /**
     * Launches {@code replica}. Its start-up cache is its service's: replica 0 uses it or records it; the other
     * replicas use it when there is one (mapped read-only, so several JVMs share it), and start plainly while replica
     * 0 records it (one recording per service).
     */
    Process launch(Replica replica, CachePolicy policy) throws IOException {
        LocalSuite.Service service = replica.service();
        List<String> options = new ArrayList<>(ServiceJvmOptions.of(home, service.name()));
        options.addAll(extraJvmOptions);
        Path app = service.jar(home).getParent();
        StartupCache.Plan plan = cacheOff && policy == CachePolicy.AUTO
                ? StartupCache.Plan.plain("plain start (" + CACHE_VARIABLE + "=off)")
                : cache.plan(service.name(), app, options, policy);
        if (replica.index() > 0) {
            plan = sharedPlan(plan);
        }
        List<String> command = new ArrayList<>(List.of(runtime.java().toString()));
        command.addAll(options);
        command.addAll(plan.jvmOptions());
        command.addAll(List.of("-jar", plan.jar(service.jar(home)).toString()));
        Path log = logs.resolve(replica.name() + ".log");
        // Started afresh with the suite, then appended to: a training run's last words (the cache written, or why
        // not) stay when the service is launched again.
        Files.writeString(log, "==== " + java.time.Instant.now() + " " + plan.description() + "\n", StandardOpenOption.CREATE,
                plans.containsKey(replica) || restarted.contains(replica) ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        restarted.add(replica);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment(replica));
        if (plan.training()) {
            // JDK 25 assembles the cache in a child JVM that inherits the service's options, whose caps are sized
            // for serving, not for loading every recorded class at once: lift them for that child only.
            builder.environment().put("JDK_AOT_VM_OPTIONS", "-Xmx256m -XX:MaxMetaspaceSize=512m");
        }
        System.out.println("Starting " + replica.name() + " on port " + ports.of(replica) + ": " + plan.description() + " ...");
        long logStart = Files.size(log);
        Process process = builder.start();
        plans.put(replica, new Launch(plan, log, logStart, new java.util.concurrent.atomic.AtomicBoolean()));
        startedAs.put(replica, plan.description());
        return process;
    }

    /**
     * What replicas after the first make of their service's plan: no recording (replica 0 records), and the cache
     * without its CDS/AOT log, which is replica 0's to confirm (a cache the JVM refuses means a plain start).
     */
    private static StartupCache.Plan sharedPlan(StartupCache.Plan plan) {
        if (plan.training()) {
            return StartupCache.Plan.plain("plain start (replica 0 records the start-up cache)");
        }
        if (plan.cache() == null) {
            return plan;
        }
        return new StartupCache.Plan(plan.jvmOptions().stream().filter(o -> !o.startsWith("-Xlog:")).toList(),
                "start from the shared start-up cache " + plan.cache().getFileName() + " (confirmed by replica 0)", null, null,
                plan.launcher());
    }

    /** One launch: its plan, where its JVM's output starts in its log, and whether it became ready. */
    private record Launch(StartupCache.Plan plan, Path log, long logStart, java.util.concurrent.atomic.AtomicBoolean ready) {

        String output() {
            try {
                byte[] bytes = Files.readAllBytes(log);
                int from = (int) Math.min(logStart, bytes.length);
                return new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
    }

    /**
     * Called once {@code service} is ready: notes it (a training run's cache is kept only then) and, for a start from
     * a cache, checks that the JVM used it and says so on the console.
     */
    void ready(Replica replica) {
        Launch launch = plans.get(replica);
        if (launch == null) {
            return;
        }
        launch.ready().set(true);
        if (!launch.plan().training() && launch.plan().cache() != null) {
            String confirmed = cache.confirm(launch.plan());
            startedAs.put(replica, confirmed);
            System.out.println(replica.name() + " ready: " + confirmed);
        }
    }

    /** How {@code service}'s last launch started: "trained start (...)", "plain start (...)" or "training start (...)". */
    String startedAs(Replica replica) {
        return startedAs.getOrDefault(replica, "not launched");
    }

    /** Whether {@code service}'s running JVM is a training run (its stop then takes longer: it writes the cache). */
    boolean training(Replica replica) {
        Launch launch = plans.get(replica);
        return launch != null && launch.plan().training();
    }

    /**
     * Called once {@code service}'s JVM has exited: keeps the cache a training run recorded, if the run completed.
     *
     * @param exitCode the JVM's exit code, or -1 when it had to be killed (then a half-written cache is dropped)
     */
    void exited(Replica replica, int exitCode) {
        Launch launch = plans.remove(replica);
        String outcome = launch == null ? null : cache.finish(replica.service().name(), launch.plan(),
                new TrainingExit(launch.ready().get(), exitCode, launch.plan().training() ? launch.output() : ""));
        if (outcome != null) {
            System.out.println(outcome);
        }
    }

    /**
     * What a service is told through its environment: the {@code local} profile, its port on the loopback interface
     * only (the local profile accepts the development key, which is in the repository, so nothing beyond this machine
     * may reach it), and the suite's database.
     */
    Map<String, String> environment(LocalSuite.Service service) {
        return environment(new Replica(service, 0));
    }

    /**
     * {@link #environment(LocalSuite.Service)} for one replica: its own port, and the development live-events key,
     * the same for every replica, so that a change on one reaches the event streams of the others.
     */
    Map<String, String> environment(Replica replica) {
        DatabaseRoles roles = DatabaseRoles.defaults();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_HOST", Gateway.LOOPBACK);
        env.put("PULSE_HTTP_PORT", Integer.toString(ports.of(replica)));
        env.put("PULSE_EVENTS_KEY", DEVELOPMENT_EVENTS_KEY);
        env.put("PULSE_DB_HOST", "localhost");
        env.put("PULSE_DB_PORT", Integer.toString(ports.database()));
        env.put("PULSE_DB_NAME", roles.database());
        env.put("PULSE_DB_APP_USER", roles.appUser());
        env.put("PULSE_DB_APP_PASSWORD", roles.appPassword());
        env.put("PULSE_DB_OWNER_USER", roles.ownerUser());
        env.put("PULSE_DB_OWNER_PASSWORD", roles.ownerPassword());
        env.putAll(extraEnvironment);
        return env;
    }
}
