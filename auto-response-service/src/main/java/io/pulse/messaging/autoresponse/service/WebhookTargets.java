package io.pulse.messaging.autoresponse.service;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Where an outbound webhook may send: the public internet only. A user's URL must not make the service call into its
 * own network (server-side request forgery: the cluster's other services, the cloud's metadata endpoint at
 * 169.254.169.254, the database), so loopback, private (RFC 1918, IPv6 unique-local), link-local, carrier-grade NAT,
 * unspecified and multicast addresses are refused: literally at registration, and after name resolution at every
 * delivery (a name may point anywhere, and may change). Loopback is allowed where the configuration allows
 * {@code http://localhost} (development, the local suite, tests).
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Whether a call to {@code address} would reach this service's own network rather than the internet. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128; // "this network", carrier-grade NAT
        }
        return (bytes[0] & 0xfe) == 0xfc; // IPv6 unique-local fc00::/7
    }

    /** Why {@code host}'s addresses may not be called, or null when they all may. */
    static String refusal(String host, InetAddress[] addresses, boolean allowLoopback) {
        for (InetAddress address : addresses) {
            if (internal(address) && !(allowLoopback && address.isLoopbackAddress())) {
                return host + " resolves to " + address.getHostAddress() + ", an address inside the service's own network";
            }
        }
        return null;
    }

    /** For a URL being registered: why its host (an address literal or localhost) may not be called, or null. */
    static String literalRefusal(URI uri, boolean allowLoopback) {
        String host = uri.getHost();
        boolean literal = host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        if ("localhost".equalsIgnoreCase(host)) {
            return allowLoopback ? null : "localhost is inside the service's own network";
        }
        if (!literal) {
            return null;
        }
        try {
            return refusal(host, new InetAddress[] {InetAddress.getByName(host)}, allowLoopback);
        } catch (UnknownHostException e) {
            return host + " is not an address";
        }
    }

    /**
     * For a delivery: why {@code uri}'s host may not be called now (it resolves to an internal address, or not at all),
     * or null. Resolves on a worker thread, never on the event loop.
     */
    static Uni<String> check(URI uri, boolean allowLoopback) {
        String host = uri.getHost();
        return Uni.createFrom().item(() -> {
            try {
                return refusal(host, InetAddress.getAllByName(host), allowLoopback);
            } catch (UnknownHostException e) {
                return host + " does not resolve";
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
