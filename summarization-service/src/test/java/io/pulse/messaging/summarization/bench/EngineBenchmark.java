package io.pulse.messaging.summarization.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.ThreadSummary;

/**
 * Engine time for 100 / 1,000 / 10,000-message threads (target: 1,000 under 100 ms). Not part of {@code verify}
 * (excluded in the pom, and skipped without {@code -Dpulse.bench=true}); run it with
 * {@code ./mvnw -o -pl summarization-service verify -Dtest=EngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}.
 * It reports wall and CPU time (median, best, worst of several runs after a warm-up); nothing is asserted.
 */
class EngineBenchmark {

    /** CPU time of the measuring thread: on a machine shared with other builds, wall time mostly measures the queue for a core. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] SUBJECTS = {"the release", "the staging cluster", "the invoice export", "the onboarding flow",
            "the search index", "the mobile app", "the billing page", "the quarterly report", "the data migration", "the API gateway",
            "the design review", "the customer call", "the load test", "the security audit", "the hiring plan", "the roadmap"};
    private static final String[] TEMPLATES = {
            "I think %s is almost ready, just a few tests left.",
            "Can you take a look at %s before the standup tomorrow?",
            "%s failed again last night, the logs point to a timeout.",
            "Let's go with the simpler option for %s.",
            "Who owns %s this sprint?",
            "I'll update %s by Friday.",
            "We decided to postpone %s until next week.",
            "Did anyone talk to the vendor about %s?",
            "Nice work on %s, the numbers look much better.",
            "Please add the new metrics to %s dashboard.",
            "%s needs another round of review from legal.",
            "Done, %s is merged and deployed.",
            "ok", "thanks!", "lol", "+1"};

    static List<ChatMessage> thread(int size, long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (String name : List.of("Alice Martin", "Bob Chen", "Carol Diaz", "Dave Okafor", "Erin Walsh", "Farid Haddad", "Grace Kim")) {
            people.add(new Person(UUID.nameUUIDFromBytes(name.getBytes()), name));
        }
        List<ChatMessage> messages = new ArrayList<>(size);
        Instant t = Instant.parse("2026-11-25T09:00:00Z");
        for (int i = 0; i < size; i++) {
            String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String text = String.format(template, subject);
            if (random.nextInt(5) == 0) {
                text = people.get(random.nextInt(people.size())).name().split(" ")[0] + ", " + text;
            }
            UUID replyTo = i > 0 && random.nextInt(6) == 0 ? messages.get(random.nextInt(i)).id() : null;
            t = t.plusSeconds(5 + random.nextInt(120));
            messages.add(new ChatMessage(UUID.randomUUID(), people.get(random.nextInt(people.size())),
                    Character.toUpperCase(text.charAt(0)) + text.substring(1), t, replyTo));
        }
        return messages;
    }

    @Test
    void engineTime() {
        assumeTrue(Boolean.getBoolean("pulse.bench"), "benchmarks run with -Dpulse.bench=true");
        ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();
        SummaryOptions options = SummaryOptions.defaults().withZone(ZoneId.of("America/New_York")).withMaxMessages(10_000);
        // Warm-up so that the JIT has compiled the hot paths, as in a running service.
        for (int i = 0; i < 30; i++) {
            engine.summarize(thread(1_000, i), options);
        }
        System.out.printf("%nEngine time (ExtractiveSummaryEngine, %d cores available)%n", Runtime.getRuntime().availableProcessors());
        for (int size : new int[] {100, 1_000, 10_000}) {
            int runs = size >= 10_000 ? 7 : 21;
            long[] nanos = new long[runs];
            long[] cpu = new long[runs];
            int sink = 0;
            for (int r = 0; r < runs; r++) {
                List<ChatMessage> messages = thread(size, 1000 + r);
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ThreadSummary s = engine.summarize(messages, options);
                nanos[r] = System.nanoTime() - start;
                cpu[r] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                sink += s.keyPoints().size() + s.actionItems().size();
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("  %,6d messages: wall median %7.1f ms (best %7.1f, worst %7.1f); CPU median %7.1f ms (best %7.1f) [%d runs, %d items]%n",
                    size, nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[0] / 1e6, runs, sink);
        }
    }
}
