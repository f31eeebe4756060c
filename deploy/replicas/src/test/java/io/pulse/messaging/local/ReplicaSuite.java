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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running suite the replica tests share: {@link #REPLICAS} replicas of each of the four services, started once (by
 * the local suite's own launcher, from the packaged jars with deploy/jvm's options, plain starts) against one
 * throw-away embedded PostgreSQL, behind the local gateway; stopped when the test JVM exits. The retention schedules
 * of the four services fire every {@link #CLEANUP_EVERY_SECONDS} seconds on every replica at once.
 */
final class ReplicaSuite {

    static final int REPLICAS = 2;
    static final int CLEANUP_EVERY_SECONDS = 5;
    static final LocalSuite.Service AUTO_RESPONSE = LocalSuite.SERVICES.get(0);
    static final LocalSuite.Service SUMMARIZATION = LocalSuite.SERVICES.get(1);
    static final LocalSuite.Service INTELLIGENCE = LocalSuite.SERVICES.get(2);
    static final LocalSuite.Service BRAINSTORM = LocalSuite.SERVICES.get(3);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalSuite suite;
    private static RuntimeException failed;
    private static java.time.Instant readyAt;
    private static Path logs;

    private ReplicaSuite() {
    }

    /** The running suite, started on first use. */
    static synchronized LocalSuite get() {
        if (suite != null) {
            return suite;
        }
        if (failed != null) {
            throw new IllegalStateException("the replica suite could not start (see the first failure)", failed);
        }
        Path home = Path.of(System.getProperty("pulse.home", "../..")).toAbsolutePath().normalize();
        logs = home.resolve("deploy").resolve("replicas").resolve("target").resolve("replica-logs");
        String cron = "0/" + CLEANUP_EVERY_SECONDS + " * * * * ?";
        LocalSuite started = new LocalSuite(home, null, freePorts()).replicas(REPLICAS).logs(logs)
                .startPolicy(CachePolicy.PLAIN)
                // Eight JVMs start on a CI machine's two cores: C1 only starts them faster; these tests measure no speed.
                .jvmOptions(List.of("-XX:TieredStopAtLevel=1"))
                .environment(Map.of("PULSE_AUTO_RESPONSE_CLEANUP_CRON", cron, "PULSE_SUMMARIZATION_CLEANUP_CRON", cron,
                        "PULSE_INTELLIGENCE_CLEANUP_CRON", cron, "PULSE_BRAINSTORM_CLEANUP_CRON", cron));
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "replica-suite-stop"));
        try {
            started.start(false);
        } catch (IOException e) {
            started.stop();
            failed = new UncheckedIOException(e);
            throw failed;
        } catch (RuntimeException e) {
            started.stop();
            failed = e;
            throw e;
        }
        suite = started;
        readyAt = java.time.Instant.now();
        return suite;
    }

    /** The base URL of {@code service}'s replica {@code index}, called directly (not through the gateway). */
    static String replica(LocalSuite.Service service, int index) {
        return "http://" + Gateway.LOOPBACK + ":" + get().ports().of(new Replica(service, index));
    }

    /** When every replica had become ready. */
    static synchronized java.time.Instant readyAt() {
        get();
        return readyAt;
    }

    static String gateway() {
        return get().ports().gatewayUrl();
    }

    /** The log of {@code service}'s replica {@code index}. */
    static String log(LocalSuite.Service service, int index) {
        try {
            return Files.readString(logs.resolve(new Replica(service, index).name() + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sum over the samples of {@code metric} (a Prometheus name) that replica {@code index} of {@code service} reports. */
    static double metric(LocalSuite.Service service, int index, String metric) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create(replica(service, index) + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
            double sum = 0;
            while (sample.find()) {
                sum += Double.parseDouble(sample.group(2));
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One user's clients: the same user (id and token) on each replica of a service and through the gateway. */
    static final class User {

        final UUID id = UUID.randomUUID();
        final String token;

        User(String name) {
            token = TokenMinter.development().forUser(id).name(name).lifetime(Duration.ofHours(1)).sign();
        }

        DemoClient on(LocalSuite.Service service, int index) {
            return new DemoClient(replica(service, index), token);
        }

        DemoClient viaGateway() {
            return new DemoClient(gateway(), token);
        }
    }

    /** A gateway port whose four service ports and further replicas' ports are free, and a free database port. */
    private static LocalSuite.Ports freePorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // Below Linux's ephemeral range (32768 and up): a port there can be taken between this check and the
            // bind by the local end of any outgoing connection (one replica failed so, its port the local end of a
            // connection to the database just below it).
            int gateway = 20000 + (int) (Math.random() * (32768 - 20000 - 10 * REPLICAS - 10));
            List<Integer> needed = new java.util.ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                for (int k = 0; k <= 4; k++) {
                    needed.add(gateway + 10 * i + k);
                }
            }
            int database = gateway + 9;
            needed.add(database);
            if (needed.stream().allMatch(ReplicaSuite::free)) {
                return new LocalSuite.Ports(gateway, database);
            }
        }
        throw new IllegalStateException("no free ports for the replica suite");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(Gateway.LOOPBACK, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
