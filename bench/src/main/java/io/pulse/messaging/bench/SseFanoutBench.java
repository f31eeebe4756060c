package io.pulse.messaging.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.pulse.messaging.local.TokenMinter;

/**
 * The SSE fan-out alone, against a suite that is already running (for example {@code ./pulse up}, or the local
 * suite on other ports): a fresh session of a fresh user, {@code --subscribers} streams through the gateway,
 * {@code --ideas} ideas posted 250 ms apart, {@code --rounds} times; prints each round's delivery p50 / p99 and the
 * per-idea time until every subscriber had it. Tokens are signed with the development key, as the local suite's
 * services accept.
 *
 * <pre>
 * java -cp &lt;bench's class path&gt; io.pulse.messaging.bench.SseFanoutBench --gateway-port 8080 [--subscribers 500]
 *     [--ideas 20] [--members 1] [--rounds 1]
 * </pre>
 *
 * {@code --members N}: the streams belong to N distinct members of the session (1: all are the owner's, as the full
 * benchmark does).
 */
public final class SseFanoutBench {

    private SseFanoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = 8080;
        int subscribers = 500;
        int ideas = 20;
        int members = 1;
        int rounds = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--gateway-port" -> port = Integer.parseInt(value);
                case "--subscribers" -> subscribers = Integer.parseInt(value);
                case "--ideas" -> ideas = Integer.parseInt(value);
                case "--members" -> members = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (--gateway-port N --subscribers N --ideas N --members N --rounds N)");
            }
            i++;
        }
        System.out.println("| round | subscribers | members | ideas | delivered | missing | p50 ms | p99 ms | all have it p50 / p99 ms | POST p50 / max ms |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int round = 1; round <= rounds; round++) {
            SseFanout.Result r = new SseFanout(port, tokens(members), subscribers, ideas, members).run();
            System.out.println(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %.0f | %.0f | %.0f / %.0f | %.0f / %.0f |", round,
                    r.subscribers(), members, r.ideas(), r.delivered(), r.missing(), r.p50Ms(), r.p99Ms(), r.allHaveItP50Ms(),
                    r.allHaveItP99Ms(), r.postP50Ms(), r.postMaxMs()));
        }
        System.exit(0);
    }

    /** A token for each of {@code count} fresh users, the session's owner first. */
    private static List<String> tokens(int count) {
        TokenMinter minter = TokenMinter.development();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(minter.forUser(UUID.randomUUID()).name("Fan-out Member " + i).lifetime(Duration.ofHours(1)).sign());
        }
        return tokens;
    }
}
