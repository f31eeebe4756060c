package io.pulse.messaging.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What stands in the way of starting the suite, checked before anything starts: unbuilt services, ports in use. */
final class SuitePreflight {

    private SuitePreflight() {
    }

    /** Every problem found, each a sentence that says what to do about it; empty when the suite can start. */
    static List<String> problems(Path home, LocalSuite.Ports ports, List<Replica> replicas) {
        List<String> problems = new ArrayList<>();
        for (LocalSuite.Service service : replicas.stream().map(Replica::service).distinct().toList()) {
            if (!Files.isRegularFile(service.jar(home))) {
                problems.add(service.name() + " is not built (" + home.relativize(service.jar(home))
                        + " is missing); build with ./mvnw -DskipTests package, or use ./pulse up which does.");
            }
        }
        checkPort(ports.database(), "the suite's PostgreSQL", problems);
        for (Replica replica : replicas) {
            checkPort(ports.of(replica), replica.name(), problems);
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
                    + "--gateway-port N (the services take the next four ports, further replicas gateway+10i+1..4) and --db-port N.");
        }
    }
}
