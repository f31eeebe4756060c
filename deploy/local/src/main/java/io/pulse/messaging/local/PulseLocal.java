package io.pulse.messaging.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * Developer entry point: {@code ./mvnw -q -pl deploy/local compile exec:java -Dexec.args="COMMAND ..."}.
 *
 * <ul>
 *   <li>{@code suite [--gateway-port N] [--db-port N] [--replicas N]}: the whole suite (database on 55432, four
 *       services on 8081-8084, gateway on 8080) until Ctrl-C; see {@link LocalSuite}. The options move it elsewhere:
 *       the services then take the four ports after the gateway's. With {@code --replicas N} (up to 5) each service
 *       runs N processes, replica i > 0 on the gateway's port + 10 i + 1..4 (8091-8094, 8101-8104, ...).</li>
 *   <li>{@code db [--port N]} ({@code --db-port N} too, as for the suite): runs the development PostgreSQL (default
 *       port 55432) until Ctrl-C; its data
 *       lives in {@code .pulse/postgres} at the root of the checkout and survives restarts.</li>
 *   <li>{@code token [--user UUID] [--name NAME] [--service] [--hours N]}: prints a development token.</li>
 *   <li>{@code demo [--gateway URL]}: calls every service through the running suite's gateway; see {@link Demo}.</li>
 *   <li>{@code check [--gateway URL]}: checks each feature's promises through the gateway; see {@link FeatureChecks}.</li>
 * </ul>
 */
public final class PulseLocal {

    /** The development database port; the services' dev profile points here. */
    public static final int DEV_DB_PORT = 55432;

    /** The demo user of the development tokens when none is given. */
    public static final UUID DEMO_USER = UUID.fromString("00000000-0000-4000-8000-00000000d3e0");

    private PulseLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        Iterator<String> rest = Arrays.asList(args).iterator();
        String command = rest.hasNext() ? rest.next() : "help";
        switch (command) {
            case "db" -> runDatabase(rest);
            case "token" -> printToken(rest);
            case "suite" -> {
                List<String> unknown = new ArrayList<>();
                LocalSuite.Ports ports;
                int replicas = 1;
                try {
                    List<String> others = new ArrayList<>();
                    replicas = replicasOption(Arrays.asList(args).subList(1, args.length), others);
                    ports = LocalSuite.Ports.parse(others, unknown);
                } catch (IllegalArgumentException e) {
                    ports = null;
                    unknown.add(e.getMessage());
                }
                if (!unknown.isEmpty()) {
                    System.err.println("suite: cannot use " + unknown + "; options: --gateway-port N, --db-port N, --replicas N");
                    System.exit(2);
                }
                Path home = Path.of(System.getProperty("pulse.home", ".")).toAbsolutePath().normalize();
                System.exit(new LocalSuite(home, ports).replicas(replicas).run());
            }
            case "demo" -> System.exit(Demo.run(gatewayOption(rest), System.out));
            case "check" -> System.exit(FeatureChecks.run(gatewayOption(rest), System.out));
            case "erase" -> System.exit(erase(rest));
            default -> {
                System.err.println("usage: suite [--gateway-port N] [--db-port N] [--replicas N] | db [--port N] | token [--user UUID] [--name NAME] [--service] [--hours N] | demo [--gateway URL] | check [--gateway URL] | erase --user UUID [--gateway URL]");
                System.exit("help".equals(command) ? 0 : 2);
            }
        }
    }

    /** Reads {@code --replicas N} (1 to {@link LocalSuite#MAX_REPLICAS}, default 1); the other arguments go to {@code rest}. */
    static int replicasOption(List<String> args, List<String> rest) {
        int replicas = 1;
        for (int i = 0; i < args.size(); i++) {
            if ("--replicas".equals(args.get(i)) && i + 1 < args.size()) {
                try {
                    replicas = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--replicas needs a number, not " + args.get(i));
                }
                if (replicas < 1 || replicas > LocalSuite.MAX_REPLICAS) {
                    throw new IllegalArgumentException("--replicas must be 1 to " + LocalSuite.MAX_REPLICAS + ", not " + replicas);
                }
            } else {
                rest.add(args.get(i));
            }
        }
        return replicas;
    }

    private static void runDatabase(Iterator<String> options) throws InterruptedException {
        int port = DEV_DB_PORT;
        while (options.hasNext()) {
            String option = options.next();
            if (("--port".equals(option) || "--db-port".equals(option)) && options.hasNext()) {
                port = Integer.parseInt(options.next());
            } else {
                throw new IllegalArgumentException("Unknown option for db: " + option);
            }
        }
        Path home = Path.of(System.getProperty("pulse.home", ".")).toAbsolutePath().normalize();
        Path data = home.resolve(".pulse").resolve("postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(port, data, DatabaseRoles.defaults());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            stopped.countDown();
        }, "pulse-db-stop"));
        DatabaseRoles roles = database.roles();
        System.out.printf("""
                Development PostgreSQL is running (Ctrl-C stops it).
                  data:       %s
                  JDBC:       %s
                  app role:   %s / %s   (what the services connect as)
                  owner role: %s / %s   (what Flyway migrates as)
                Start a service in another terminal, for example:
                  %s./mvnw -pl auto-response-service -am quarkus:dev
                Get a development token (demo user) with:
                  ./pulse token
                %n""", data, database.jdbcUrl(), roles.appUser(), roles.appPassword(), roles.ownerUser(), roles.ownerPassword(),
                port == DEV_DB_PORT ? "" : "PULSE_DB_PORT=" + port + " ");
        stopped.await();
    }

    /** The gateway a command calls: {@code --gateway URL} when given, else the suite's default. */
    private static String gatewayOption(Iterator<String> options) {
        String gateway = LocalSuite.Ports.DEFAULT.gatewayUrl();
        if (options.hasNext() && "--gateway".equals(options.next()) && options.hasNext()) {
            gateway = options.next();
        }
        return gateway;
    }

    private static int erase(Iterator<String> options) {
        String gateway = LocalSuite.Ports.DEFAULT.gatewayUrl();
        UUID user = null;
        while (options.hasNext()) {
            String option = options.next();
            switch (option) {
                case "--user" -> user = UUID.fromString(options.hasNext() ? options.next() : "");
                case "--gateway" -> gateway = options.hasNext() ? options.next() : gateway;
                default -> throw new IllegalArgumentException("Unknown option for erase: " + option);
            }
        }
        if (user == null) {
            System.err.println("erase: --user UUID is required (the user whose data every service erases)");
            return 2;
        }
        return new EraseCommand(gateway, System.out).run(user);
    }

    private static void printToken(Iterator<String> options) {
        UUID user = DEMO_USER;
        String name = "Demo User";
        boolean service = false;
        long hours = 24;
        while (options.hasNext()) {
            String option = options.next();
            switch (option) {
                case "--user" -> user = UUID.fromString(options.next());
                case "--name" -> name = options.next();
                case "--service" -> service = true;
                case "--hours" -> hours = Long.parseLong(options.next());
                default -> throw new IllegalArgumentException("Unknown option for token: " + option);
            }
        }
        TokenMinter.Builder token = TokenMinter.development().forUser(user).name(name).lifetime(Duration.ofHours(hours));
        if (service) {
            token.group("service");
        }
        System.out.println(token.sign());
    }
}
