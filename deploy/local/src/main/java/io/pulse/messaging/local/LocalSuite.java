package io.pulse.messaging.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite on one machine: one embedded PostgreSQL (data kept across runs), the four services from their
 * packaged jars (each runs its own migrations), and the gateway on 8080. Ctrl-C (or SIGTERM) stops everything:
 * the services get SIGTERM and their graceful shutdown, then the gateway and the database stop.
 *
 * <p>The services run their production artifact under the {@code local} configuration profile, which points them
 * at this database and lets them accept the development key, nothing else. Since that key is in the repository,
 * the gateway, the services and PostgreSQL listen on the loopback interface only.
 */
public final class LocalSuite {

    /** One service of the suite. */
    public record Service(String name, int port, String prefix) {

        Path jar(Path home) {
            return home.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        }
    }

    public static final int GATEWAY_PORT = 8080;

    /**
     * Where the suite listens: the gateway on {@code gateway}, the four services on the next four ports (by default
     * 8080 and 8081-8084, the ports the services' own configuration uses) and PostgreSQL on {@code database}.
     */
    public record Ports(int gateway, int database) {

        public static final Ports DEFAULT = new Ports(GATEWAY_PORT, PulseLocal.DEV_DB_PORT);

        public Ports {
            if (gateway < 1 || gateway + SERVICES.size() > 65535 || database < 1 || database > 65535) {
                throw new IllegalArgumentException("ports out of range: gateway " + gateway + ", database " + database);
            }
        }

        /** The port {@code service} listens on: its default port moved by as much as the gateway's. */
        public int of(Service service) {
            return service.port() - GATEWAY_PORT + gateway;
        }

        /** The gateway's base URL (an address, not {@code localhost}: the gateway listens on IPv4's loopback only). */
        public String gatewayUrl() {
            return "http://" + Gateway.LOOPBACK + ":" + gateway;
        }

        /**
         * Reads {@code --gateway-port N} and {@code --db-port N} from {@code args}, starting from the defaults;
         * returns the other arguments in {@code rest}.
         */
        public static Ports parse(List<String> args, List<String> rest) {
            int gateway = GATEWAY_PORT;
            int database = PulseLocal.DEV_DB_PORT;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (("--gateway-port".equals(arg) || "--db-port".equals(arg)) && i + 1 < args.size()) {
                    int port;
                    try {
                        port = Integer.parseInt(args.get(++i));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(arg + " needs a port number, not " + args.get(i));
                    }
                    if ("--gateway-port".equals(arg)) {
                        gateway = port;
                    } else {
                        database = port;
                    }
                } else {
                    rest.add(arg);
                }
            }
            return new Ports(gateway, database);
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("auto-response-service", 8081, "/api/auto-responses"),
            new Service("summarization-service", 8082, "/api/summaries"),
            new Service("intelligence-service", 8083, "/api/intelligence"),
            new Service("brainstorm-service", 8084, "/api/brainstorm"));

    private final Path home;
    private final Path dataDirectory;
    private final Ports ports;
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private final List<String> extraJvmOptions = new ArrayList<>();
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private final Map<Service, Duration> readyAfter = new LinkedHashMap<>();
    private EmbeddedDatabase database;
    private Gateway gateway;
    private ServiceLauncher launcher;
    private CachePolicy startPolicy = CachePolicy.AUTO;

    /**
     * @param home the root of the checkout, where the services' packaged jars are
     * @param dataDirectory where PostgreSQL keeps its data across runs
     * @param ports where the gateway, the services and PostgreSQL listen
     */
    public LocalSuite(Path home, Path dataDirectory, Ports ports) {
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.ports = ports;
    }

    LocalSuite(Path home, Ports ports) {
        this(home, home.resolve(".pulse").resolve("postgres"), ports);
    }

    /**
     * Adds environment variables to every service this suite launches from now on, over what they inherit (the
     * benchmark points the services at a model provider this way).
     */
    public LocalSuite environment(Map<String, String> variables) {
        extraEnvironment.putAll(variables);
        return this;
    }

    /** Adds JVM options to every service this suite launches from now on (the benchmark adds diagnostics). */
    public LocalSuite jvmOptions(List<String> options) {
        extraJvmOptions.addAll(options);
        return this;
    }

    /** How {@link #start} launches the services (by default from their trained start-up caches, training if need be). */
    public LocalSuite startPolicy(CachePolicy policy) {
        startPolicy = policy;
        return this;
    }

    /** Runs the suite until the JVM is asked to stop; returns a process exit code. */
    int run() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop();
            stopped.countDown();
        }, "pulse-suite-stop"));
        try {
            start(false);
            System.out.println(SuiteBanner.text(ports, dataDirectory, logs()));
        } catch (IOException | RuntimeException e) {
            System.err.println(e instanceof PreflightException ? e.getMessage() : "The suite could not start: " + e.getMessage());
            System.exit(1); // runs the shutdown hook, which stops whatever did start
        }
        stopped.await();
        return 0;
    }

    /**
     * Starts PostgreSQL, the four services (waiting until each is ready) and the gateway; on failure the caller
     * should {@link #stop()} whatever did start.
     *
     * @param oneByOne start each service only once the previous one is ready (slower, but each start-up time is
     *        then measured alone, as the benchmark wants), rather than all four together
     */
    public void start(boolean oneByOne) throws IOException {
        List<String> problems = SuitePreflight.problems(home, ports);
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
        System.out.println("Starting PostgreSQL on port " + ports.database() + " (data in " + dataDirectory + ") ...");
        database = EmbeddedDatabase.start(ports.database(), dataDirectory, DatabaseRoles.defaults());
        Path logs = Files.createDirectories(logs());
        launcher = new ServiceLauncher(home, ports, extraJvmOptions, logs).environment(extraEnvironment);
        Map<Service, Instant> launched = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            launched.put(service, Instant.now());
            processes.put(service, launcher.launch(service, startPolicy));
            if (oneByOne) {
                awaitReady(service, logs, launched.get(service));
            }
        }
        for (Service service : SERVICES) {
            if (!oneByOne) {
                awaitReady(service, logs, launched.get(service));
            }
        }
        List<Gateway.Route> routes = SERVICES.stream()
                .map(s -> new Gateway.Route(s.prefix(), s.name(), ports.of(s))).toList();
        gateway = Gateway.start(ports.gateway(), routes);
    }

    /** Waits until {@code service} is ready and notes how long that took since its launch. */
    private void awaitReady(Service service, Path logs, Instant launched) {
        ServiceReadiness.await(service, processes.get(service), ports.of(service), logs);
        readyAfter.put(service, Duration.between(launched, Instant.now()));
        launcher.ready(service);
    }

    /**
     * Stops {@code service} (SIGTERM, graceful) and launches it again under {@code policy}; returns the time from
     * the new launch to its readiness (the benchmark's start-up measurement).
     */
    public synchronized Duration restart(Service service, CachePolicy policy) throws IOException {
        Process running = processes.get(service);
        if (running == null || launcher == null) {
            throw new IllegalStateException(service.name() + " is not running");
        }
        running.destroy();
        awaitExit(service);
        Instant launched = Instant.now();
        processes.put(service, launcher.launch(service, policy));
        ServiceReadiness.await(service, processes.get(service), ports.of(service), logs());
        Duration took = Duration.between(launched, Instant.now());
        launcher.ready(service);
        return took;
    }

    /** How {@code service}'s last launch started: "trained start" only if the JVM confirmed using the cache. */
    public String startedAs(Service service) {
        return launcher == null ? "not launched" : launcher.startedAs(service);
    }

    /**
     * Waits for {@code service}'s JVM to exit after its SIGTERM: 30 s, or five minutes for a training run, which writes
     * its cache as it exits (JDK 25 assembles it in a child JVM: a minute or two); then kills it and its descendants.
     */
    private void awaitExit(Service service) {
        Process process = processes.get(service);
        boolean killed = false;
        try {
            if (!process.waitFor(launcher.training(service) ? 300 : 30, TimeUnit.SECONDS)) {
                System.err.println(service.name() + " did not stop in time; killing it");
                ProcessTree.kill(process);
                killed = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.kill(process);
            killed = true;
        }
        launcher.exited(service, killed ? -1 : process.exitValue());
    }


    /** The running services' processes, in start order. */
    public Map<Service, Process> processes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(processes));
    }

    /**
     * For each service, the time from launching its JVM to its readiness check first answering 200 (polled every
     * 100 ms). When the four start together they share the cores, and each figure is an upper bound.
     */
    public Map<Service, Duration> readyAfter() {
        return new LinkedHashMap<>(readyAfter);
    }

    public EmbeddedDatabase database() {
        return database;
    }

    private Path logs() {
        return home.resolve(".pulse").resolve("logs");
    }

    /** Stops the gateway, then the services (SIGTERM, graceful), then PostgreSQL. */
    public synchronized void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        if (!processes.isEmpty()) {
            System.out.println("\nStopping the services ...");
            processes.values().forEach(Process::destroy); // SIGTERM: graceful shutdown (and a training run's cache)
            processes.keySet().forEach(this::awaitExit);
            processes.clear();
        }
        if (database != null) {
            System.out.println("Stopping PostgreSQL ...");
            try {
                database.close();
            } catch (UncheckedIOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            database = null;
            System.out.println("Pulse stopped.");
        }
    }
}
