package io.pulse.messaging.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * at this database and lets them accept the development key, nothing else.
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

        /** The gateway's base URL. */
        public String gatewayUrl() {
            return "http://localhost:" + gateway;
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

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final Path dataDirectory;
    private final Ports ports;
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private final List<String> extraJvmOptions = new ArrayList<>();
    private final Map<Service, Duration> readyAfter = new LinkedHashMap<>();
    private EmbeddedDatabase database;
    private Gateway gateway;

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

    /** Adds JVM options to every service this suite launches from now on (the benchmark adds diagnostics). */
    public LocalSuite jvmOptions(List<String> options) {
        extraJvmOptions.addAll(options);
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
            printBanner(logs());
        } catch (IOException | RuntimeException e) {
            System.err.println(e instanceof PreflightException ? e.getMessage() : "The suite could not start: " + e.getMessage());
            System.exit(1); // runs the shutdown hook, which stops whatever did start
        }
        stopped.await();
        return 0;
    }

    /** Thrown by {@link #start()} when something stands in the way before anything started. */
    public static final class PreflightException extends IllegalStateException {
        PreflightException(List<String> problems) {
            super(String.join("\n", problems.stream().map(problem -> "Cannot start the suite: " + problem).toList()));
        }
    }

    /**
     * Starts PostgreSQL, the four services (waiting until each is ready) and the gateway; on failure the caller
     * should {@link #stop()} whatever did start.
     *
     * @param oneByOne start each service only once the previous one is ready (slower, but each start-up time is
     *        then measured alone, as the benchmark wants), rather than all four together
     */
    public void start(boolean oneByOne) throws IOException {
        List<String> problems = preflight();
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
        System.out.println("Starting PostgreSQL on port " + ports.database() + " (data in " + dataDirectory + ") ...");
        database = EmbeddedDatabase.start(ports.database(), dataDirectory, DatabaseRoles.defaults());
        Path logs = Files.createDirectories(logs());
        Map<Service, Instant> launched = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            launched.put(service, Instant.now());
            processes.put(service, launch(service, logs));
            if (oneByOne) {
                awaitReady(service, logs);
                readyAfter.put(service, Duration.between(launched.get(service), Instant.now()));
            }
        }
        for (Service service : SERVICES) {
            if (!oneByOne) {
                awaitReady(service, logs);
                readyAfter.put(service, Duration.between(launched.get(service), Instant.now()));
            }
        }
        List<Gateway.Route> routes = SERVICES.stream()
                .map(s -> new Gateway.Route(s.prefix(), s.name(), ports.of(s))).toList();
        gateway = Gateway.start(ports.gateway(), routes);
    }

    /** The running services' processes, in start order. */
    public Map<Service, Process> processes() {
        return Map.copyOf(processes);
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

    private List<String> preflight() {
        List<String> problems = new ArrayList<>();
        for (Service service : SERVICES) {
            if (!Files.isRegularFile(service.jar(home))) {
                problems.add(service.name() + " is not built (" + home.relativize(service.jar(home))
                        + " is missing); build with ./mvnw -DskipTests package, or use ./pulse up which does.");
            }
        }
        checkPort(ports.database(), "the suite's PostgreSQL", problems);
        for (Service service : SERVICES) {
            checkPort(ports.of(service), service.name(), problems);
        }
        checkPort(ports.gateway(), "the gateway", problems);
        return problems;
    }

    private static void checkPort(int port, String user, List<String> problems) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            problems.add("port " + port + " (for " + user + ") is already in use. Is the suite, a dev-mode service or "
                    + "the development database already running? Stop it and try again, or move the suite with "
                    + "--gateway-port N (the services take the next four ports) and --db-port N.");
        }
    }

    private Process launch(Service service, Path logs) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The JVM settings of the Kubernetes manifests (deploy/k8s/base/config.yaml), with a 256 MB heap (a pod's heap
        // is 75% of its memory limit: 384 MB for the 512 MiB services, 768 MB for the two that load the model).
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-jar", service.jar(home).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service.name() + ".log").toFile());
        DatabaseRoles roles = DatabaseRoles.defaults();
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_PROFILE", "local");
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("PULSE_HTTP_PORT", Integer.toString(ports.of(service)));
        env.put("PULSE_DB_HOST", "localhost");
        env.put("PULSE_DB_PORT", Integer.toString(ports.database()));
        env.put("PULSE_DB_NAME", roles.database());
        env.put("PULSE_DB_APP_USER", roles.appUser());
        env.put("PULSE_DB_APP_PASSWORD", roles.appPassword());
        env.put("PULSE_DB_OWNER_USER", roles.ownerUser());
        env.put("PULSE_DB_OWNER_PASSWORD", roles.ownerPassword());
        System.out.println("Starting " + service.name() + " on port " + ports.of(service) + " ...");
        return builder.start();
    }

    private void awaitReady(Service service, Path logs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.of(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Process process = processes.get(service);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + "; see " + logs.resolve(service.name() + ".log") + tail(logs.resolve(service.name() + ".log")));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name(), e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name(), e);
            }
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toMinutes()
                + " minutes; see " + logs.resolve(service.name() + ".log"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private void printBanner(Path logs) {
        String token = TokenMinter.development().forUser(PulseLocal.DEMO_USER).name("Demo User")
                .lifetime(Duration.ofHours(24)).sign();
        StringBuilder banner = new StringBuilder("\nPulse is running.\n\n");
        banner.append(String.format("  Gateway            %s%n", ports.gatewayUrl()));
        for (Service service : SERVICES) {
            banner.append(String.format("  %-22s %s%s  (Swagger UI http://localhost:%d/q/swagger-ui)%n",
                    service.name(), ports.gatewayUrl(), service.prefix(), ports.of(service)));
        }
        banner.append(String.format("  PostgreSQL         localhost:%d, database pulse (data in %s)%n", ports.database(),
                dataDirectory));
        banner.append(String.format("  Logs               %s%n%n", logs));
        banner.append("Development token for the demo user ").append(PulseLocal.DEMO_USER).append(" (valid 24 h):\n\n");
        banner.append("  export TOKEN=").append(token).append("\n\n");
        banner.append("Try: curl -H \"Authorization: Bearer $TOKEN\" ").append(ports.gatewayUrl())
                .append("/api/auto-responses/rules\n");
        banner.append("or, in another terminal, the demo of every service: ./pulse demo")
                .append(ports.equals(Ports.DEFAULT) ? "" : " --gateway " + ports.gatewayUrl()).append("\n");
        banner.append("Ctrl-C stops everything.\n");
        System.out.println(banner);
    }

    /** Stops the gateway, then the services (SIGTERM, graceful), then PostgreSQL. */
    public synchronized void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        if (!processes.isEmpty()) {
            System.out.println("\nStopping the services ...");
            processes.values().forEach(Process::destroy); // SIGTERM: graceful shutdown
            for (Map.Entry<Service, Process> entry : processes.entrySet()) {
                try {
                    if (!entry.getValue().waitFor(30, TimeUnit.SECONDS)) {
                        System.err.println(entry.getKey().name() + " did not stop in 30 s; killing it");
                        entry.getValue().destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    entry.getValue().destroyForcibly();
                }
            }
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
