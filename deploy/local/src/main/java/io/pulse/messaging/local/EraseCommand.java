package io.pulse.messaging.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * {@code ./pulse erase --user UUID}: erases one user everywhere through the running suite's gateway, with a service
 * token: {@code DELETE <prefix>/users/{user}} on each of the four services, then follows each erasure that goes on in
 * the background ({@code GET <prefix>/erasures/{id}}) until it is done.
 */
final class EraseCommand {

    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final DemoClient client;
    private final PrintStream out;

    EraseCommand(String gateway, PrintStream out) {
        String token = TokenMinter.development().forUser(UUID.fromString("00000000-0000-4000-8000-0000000e4a5e"))
                .name("pulse erase").group("service").lifetime(Duration.ofHours(1)).sign();
        this.client = new DemoClient(gateway, token);
        this.out = out;
    }

    /** Erases {@code user} in every service; 0 when every service is done, 1 when one failed. */
    int run(UUID user) {
        int failures = 0;
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            try {
                out.printf("%-22s %s%n", service.name(), erase(service.prefix(), user));
            } catch (Demo.Failure failure) {
                out.printf("%-22s FAILED: %s%n", service.name(), failure.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private String erase(String prefix, UUID user) {
        JsonObject answer = client.call("DELETE", prefix + "/users/" + user, null);
        if (answer.isEmpty()) {
            return "erased: nothing of the user is left";
        }
        String status = prefix + "/erasures/" + answer.getString("id");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!"done".equals(answer.getString("state"))) {
            if (System.nanoTime() > deadline) {
                throw new Demo.Failure("still running after " + PATIENCE.toMinutes() + " minutes; follow " + status);
            }
            pause();
            answer = client.call("GET", status, null);
        }
        return "erased " + answer.getLong("rowsRemoved") + " rows (" + status + ")";
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Demo.Failure("interrupted");
        }
    }
}
