package io.pulse.messaging.autoresponse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Outbound webhooks reach the public internet only: the addresses of the service's own network are refused. */
class WebhookTargetsTest {

    @Test
    void theServicesOwnNetworkIsInternal() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.0.0.7", "172.16.5.4", "172.31.255.255", "192.168.1.10", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "100.127.255.254", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::")) {
            assertTrue(WebhookTargets.internal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void publicAddressesAreNot() throws UnknownHostException {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "11.0.0.1", "2606:4700::1111")) {
            assertFalse(WebhookTargets.internal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void oneInternalAddressAmongAHostsAddressesRefusesIt() throws UnknownHostException {
        InetAddress[] addresses = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
        String refusal = WebhookTargets.refusal("hooks.example.com", addresses, false);
        assertNotNull(refusal);
        assertTrue(refusal.contains("10.1.2.3"), refusal);
        assertNull(WebhookTargets.refusal("hooks.example.com", new InetAddress[] {addresses[0]}, false));
    }

    @Test
    void loopbackOnlyWhereLocalhostIsAllowed() throws UnknownHostException {
        InetAddress[] loopback = {InetAddress.getByName("127.0.0.1")};
        assertNull(WebhookTargets.refusal("localhost", loopback, true));
        assertNotNull(WebhookTargets.refusal("localhost", loopback, false));
        assertNotNull(WebhookTargets.refusal("db", new InetAddress[] {InetAddress.getByName("10.0.0.5")}, true));
        assertNull(WebhookTargets.literalRefusal(URI.create("http://localhost:8080/hook"), true));
        assertNotNull(WebhookTargets.literalRefusal(URI.create("https://localhost/hook"), false));
    }

    @Test
    void literalsAreJudgedAtRegistrationAndNamesAtDelivery() {
        assertNotNull(WebhookTargets.literalRefusal(URI.create("https://169.254.169.254/latest/meta-data"), false));
        assertNotNull(WebhookTargets.literalRefusal(URI.create("https://[fd00::1]/hook"), false));
        assertNull(WebhookTargets.literalRefusal(URI.create("https://93.184.216.34/hook"), false));
        assertNull(WebhookTargets.literalRefusal(URI.create("https://hooks.example.com/pulse"), false), "no lookup at registration");
        assertEquals(null, WebhookTargets.literalRefusal(URI.create("https://8.8.8.8/"), false));
    }
}
