package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void defaultsAreTheServicesOwnPorts() {
        List<String> rest = new ArrayList<>();
        LocalSuite.Ports ports = LocalSuite.Ports.parse(List.of("--quick"), rest);
        assertEquals(LocalSuite.Ports.DEFAULT, ports);
        assertEquals(List.of("--quick"), rest);
        assertEquals(List.of(8081, 8082, 8083, 8084), LocalSuite.SERVICES.stream().map(ports::of).toList());
    }

    @Test
    void movedSuiteKeepsTheServicesAfterTheGateway() {
        List<String> rest = new ArrayList<>();
        LocalSuite.Ports ports = LocalSuite.Ports.parse(List.of("--db-port", "55442", "--levels", "1", "--gateway-port", "18080"), rest);
        assertEquals(new LocalSuite.Ports(18080, 55442), ports);
        assertEquals(List.of("--levels", "1"), rest);
        assertEquals(List.of(18081, 18082, 18083, 18084), LocalSuite.SERVICES.stream().map(ports::of).toList());
        assertEquals("http://127.0.0.1:18080", ports.gatewayUrl());
    }

    @Test
    void badPortsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LocalSuite.Ports.parse(List.of("--db-port", "x"), new ArrayList<>()));
        assertThrows(IllegalArgumentException.class, () -> LocalSuite.Ports.parse(List.of("--gateway-port", "65534"), new ArrayList<>()));
        assertThrows(IllegalArgumentException.class, () -> LocalSuite.Ports.parse(List.of("--db-port", "0"), new ArrayList<>()));
    }

    @Test
    void furtherReplicasListenTenPortsApartAndTheFirstKeepsTheServicesPort() {
        LocalSuite.Ports ports = LocalSuite.Ports.DEFAULT;
        assertEquals(List.of(8081, 8091, 8101), java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> ports.of(new Replica(LocalSuite.SERVICES.get(0), i))).toList());
        assertEquals(8124, ports.of(new Replica(LocalSuite.SERVICES.get(3), LocalSuite.MAX_REPLICAS - 1)));
        assertEquals("brainstorm-service-2", new Replica(LocalSuite.SERVICES.get(3), 2).name());
        assertEquals("brainstorm-service", new Replica(LocalSuite.SERVICES.get(3), 0).name());
        assertThrows(IllegalArgumentException.class, () -> new Replica(LocalSuite.SERVICES.get(0), LocalSuite.MAX_REPLICAS));
    }

    @Test
    void theReplicasOptionIsReadBesideThePorts() {
        List<String> rest = new ArrayList<>();
        assertEquals(3, PulseLocal.replicasOption(List.of("--gateway-port", "18080", "--replicas", "3"), rest));
        assertEquals(List.of("--gateway-port", "18080"), rest);
        assertEquals(1, PulseLocal.replicasOption(List.of(), new ArrayList<>()));
        assertThrows(IllegalArgumentException.class, () -> PulseLocal.replicasOption(List.of("--replicas", "9"), new ArrayList<>()));
        assertThrows(IllegalArgumentException.class, () -> PulseLocal.replicasOption(List.of("--replicas", "x"), new ArrayList<>()));
    }
}
