package io.pulse.messaging.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

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

    /** The most replicas of each service the suite runs (their ports: {@link Ports#of(Replica)}). */
    public static final int MAX_REPLICAS = 5;

    public static final int GATEWAY_PORT = 8080;

    /**
     * Where the suite listens: the gateway on {@code gateway}, the four services on the next four ports (by default
     * 8080 and 8081-8084, the ports the services' own configuration uses) and PostgreSQL on {@code database}.
     */
    public record Ports(int gateway, int database) {

        public static final Ports DEFAULT = new Ports(GATEWAY_PORT, PulseLocal.DEV_DB_PORT);

        public Ports {
            if (gateway < 1 || gateway + 10 * (MAX_REPLICAS - 1) + SERVICES.size() > 65535 || database < 1 || database > 65535) {
                throw new IllegalArgumentException("ports out of range: gateway " + gateway + ", database " + database);
            }
        }

        /** The port {@code service} listens on: its default port moved by as much as the gateway's. */
        public int of(Service service) {
            return service.port() - GATEWAY_PORT + gateway;
        }

        /**
         * The port {@code replica} listens on: replica 0 on its service's port ({@link #of(Service)}); replica i > 0 on
         * the gateway's port + 10 i + the service's place (1-4): 8091-8094 for the second replicas of the default
         * ports, 8101-8104 for the third, up to 8121-8124.
         */
        public int of(Replica replica) {
            return replica.index() == 0 ? of(replica.service())
                    : gateway + 10 * replica.index() + (replica.service().port() - GATEWAY_PORT);
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
    private final List<String> extraJvmOptions = new ArrayList<>();
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private final List<Service> services = SERVICES;
    private int replicas = 1;
    private Path logs;
    private EmbeddedDatabase database;
    private Gateway gateway;
    private ReplicaProcesses processes;
    private CachePolicy startPolicy = CachePolicy.AUTO;

    /**
     * @param home the root of the checkout, where the services' packaged jars are
     * @param dataDirectory where PostgreSQL keeps its data across runs (null: a throw-away database)
     * @param ports where the gateway, the services and PostgreSQL listen
     */
    public LocalSuite(Path home, Path dataDirectory, Ports ports) {
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.ports = ports;
        this.logs = home.resolve(".pulse").resolve("logs");
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

    /** How many processes of each service {@link #start} launches (1 to {@link #MAX_REPLICAS}; 1 by default). */
    public LocalSuite replicas(int count) {
        if (count < 1 || count > MAX_REPLICAS) {
            throw new IllegalArgumentException("--replicas must be 1 to " + MAX_REPLICAS + ", not " + count);
        }
        replicas = count;
        return this;
    }

    /** Where the services' logs go (default {@code .pulse/logs}). */
    public LocalSuite logs(Path directory) {
        logs = directory;
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
            System.out.println(SuiteBanner.text(ports, dataDirectory, logs, replicas));
        } catch (IOException | RuntimeException e) {
            System.err.println(e instanceof PreflightException ? e.getMessage() : "The suite could not start: " + e.getMessage());
            System.exit(1); // runs the shutdown hook, which stops whatever did start
        }
        stopped.await();
        return 0;
    }

    /**
     * Starts PostgreSQL, the services' replicas (waiting until each is ready) and the gateway, which balances each
     * service's requests over its replicas; on failure the caller should {@link #stop()} whatever did start.
     *
     * @param oneByOne start each process only once the previous one is ready (slower, but each start-up time is
     *        then measured alone, as the benchmark wants), rather than all together
     */
    public void start(boolean oneByOne) throws IOException {
        List<String> problems = SuitePreflight.problems(home, ports, replicaList());
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
        System.out.println("Starting PostgreSQL on port " + ports.database()
                + (dataDirectory == null ? " (throw-away data)" : " (data in " + dataDirectory + ")") + " ...");
        database = EmbeddedDatabase.start(ports.database(), dataDirectory, DatabaseRoles.defaults());
        Files.createDirectories(logs);
        ServiceLauncher launcher = new ServiceLauncher(home, ports, extraJvmOptions, logs)
                .environment(ConnectionBudget.environment(services.size(), replicas, extraEnvironment))
                .environment(EventLoopBudget.environment(services.size() * replicas, extraEnvironment))
                .environment(extraEnvironment);
        processes = new ReplicaProcesses(launcher, ports, logs);
        // Replica i of every service once replica i-1 is ready: two replicas of one service starting at once can fail
        // their migrations' beforeMigrate callback ("tuple concurrently updated").
        for (int i = 0; i < replicas; i++) {
            final int index = i;
            processes.start(replicaList().stream().filter(r -> r.index() == index).toList(), startPolicy, oneByOne);
        }
        gateway = Gateway.start(ports.gateway(), routes());
    }

    /** Every process this suite runs: each service's replicas, service by service. */
    public List<Replica> replicaList() {
        List<Replica> all = new ArrayList<>();
        for (Service service : services) {
            for (int i = 0; i < replicas; i++) {
                all.add(new Replica(service, i));
            }
        }
        return all;
    }

    private List<Gateway.Route> routes() {
        return services.stream().map(s -> new Gateway.Route(s.prefix(), s.name(), replicaList().stream()
                .filter(r -> r.service().equals(s)).map(ports::of).toList())).toList();
    }

    /**
     * Stops {@code service}'s first replica (SIGTERM, graceful) and launches it again under {@code policy}; returns
     * the time from the new launch to its readiness (the benchmark's start-up measurement).
     */
    public Duration restart(Service service, CachePolicy policy) throws IOException {
        if (processes == null) {
            throw new IllegalStateException(service.name() + " is not running");
        }
        return processes.restart(new Replica(service, 0), policy);
    }

    /** Kills {@code replica} with SIGKILL (no graceful shutdown); the gateway then skips it. */
    public void kill(Replica replica) {
        processes.kill(replica);
    }

    /** How {@code service}'s first replica last started: "trained start" only if the JVM confirmed using the cache. */
    public String startedAs(Service service) {
        return processes == null ? "not launched" : processes.startedAs(new Replica(service, 0));
    }

    /** The running services' first replicas' processes, in start order. */
    public Map<Service, Process> processes() {
        return processes == null ? Map.of() : Collections.unmodifiableMap(ReplicaProcesses.first(processes.processes()));
    }

    /**
     * For each service, the time from launching its first replica's JVM to its readiness check first answering 200
     * (polled every 100 ms). When the services start together they share the cores, and each figure is an upper bound.
     */
    public Map<Service, Duration> readyAfter() {
        return processes == null ? Map.of() : ReplicaProcesses.first(processes.readyAfter());
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public Ports ports() {
        return ports;
    }

    /** Stops the gateway, then the services (SIGTERM, graceful), then PostgreSQL. */
    public synchronized void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        if (processes != null && !processes.isEmpty()) {
            System.out.println("\nStopping the services ...");
            processes.stopAll(); // SIGTERM: graceful shutdown (and a training run's cache)
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
