package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The local suite accepts the development key, which is in the repository (and its PostgreSQL trusts local
 * connections): nothing of it may listen beyond the loopback interface.
 */
class LoopbackTest {

    @Test
    void everyServiceIsLaunchedOnTheLoopbackInterface() {
        ServiceLauncher launcher = new ServiceLauncher(Path.of("."), LocalSuite.Ports.DEFAULT, List.of(), Path.of("."));
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            Map<String, String> environment = launcher.environment(service);
            assertEquals("127.0.0.1", environment.get("QUARKUS_HTTP_HOST"), service.name());
            assertEquals(Integer.toString(service.port()), environment.get("PULSE_HTTP_PORT"), service.name());
        }
    }

    @Test
    void theGatewayAnswersOnLoopbackOnly() throws Exception {
        try (Gateway gateway = Gateway.start(0, List.of())) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", gateway.port()), 2_000);
            }
            InetAddress external = externalAddress().orElse(null);
            assumeTrue(external != null, "this machine has no address beyond loopback");
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external, gateway.port()), 2_000);
                }
            });
        }
    }

    @Test
    void theDatabaseListensOnLoopbackOnly() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(0, null, DatabaseRoles.defaults());
                Connection connection = database.superuserConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show listen_addresses")) {
            rows.next();
            assertEquals("localhost", rows.getString(1));
        }
    }

    /** An IPv4 address of this machine that is not a loopback address, if it has one. */
    static Optional<InetAddress> externalAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Optional<InetAddress> address = Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
                if (address.isPresent()) {
                    return address;
                }
            }
        }
        return Optional.empty();
    }
}
