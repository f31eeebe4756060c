package io.pulse.messaging.local;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The demo: calls every service through the gateway, as the app's clients do, with one realistic team conversation,
 * and prints what each answered. Any call that does not succeed stops the demo with a non-zero exit, so CI can run
 * it as a smoke test of the packaged suite.
 *
 * <p>{@code ./pulse demo [--gateway http://127.0.0.1:8080]}; the suite must be running ({@code ./pulse up}). Each
 * service's step is its own class: {@link DemoAutoResponses}, {@link DemoSummaries}, {@link DemoIntelligence} and
 * {@link DemoBrainstorm}; the conversation they share is {@link DemoConversation}.
 */
public final class Demo {

    /** Thrown when a call fails: the demo stops there. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private Demo() {
    }

    /** Runs every step; returns the process exit status. */
    public static int run(String gateway, PrintStream out) {
        String token = TokenMinter.development().forUser(PulseLocal.DEMO_USER).name("Demo User").lifetime(Duration.ofHours(1)).sign();
        DemoClient client = new DemoClient(gateway, token);
        DemoConversation conversation = new DemoConversation();
        try {
            new DemoAutoResponses(client, out).run();
            new DemoSummaries(client, conversation, out).run();
            new DemoIntelligence(client, conversation, out).run();
            new DemoBrainstorm(client, out).run();
            out.println();
            out.println("Demo complete: every service answered through the gateway at " + client.gateway() + ".");
            return 0;
        } catch (Failure e) {
            out.flush();
            System.err.println();
            System.err.println("Demo failed: " + e.getMessage());
            return 1;
        }
    }
}
