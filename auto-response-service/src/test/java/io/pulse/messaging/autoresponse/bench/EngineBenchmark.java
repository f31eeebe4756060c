package io.pulse.messaging.autoresponse.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.pulse.messaging.autoresponse.engine.Conditions;
import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.KeywordCondition;
import io.pulse.messaging.autoresponse.engine.KeywordMode;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SafeRegex;
import io.pulse.messaging.autoresponse.engine.Schedule;
import io.pulse.messaging.autoresponse.engine.SenderCondition;
import io.pulse.messaging.autoresponse.engine.Template;
import io.pulse.messaging.autoresponse.engine.Tone;

/**
 * Not a test: the engine benchmark (figures go in the README and the report, never into assertions). Excluded from
 * {@code verify}; run it with
 * {@code ./mvnw -o -pl auto-response-service verify -Dtest=EngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}.
 *
 * <p>One message (70 words) against 1,000 enabled rules of mixed conditions (keywords any/all/phrase, every 50th
 * with a regular expression, senders with domains and excludes, business-hours schedules, channels), in two
 * cases: no rule matches (the worst case: every rule is checked) and the last rule matches.
 */
class EngineBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
    void oneMessageAgainstAThousandRules() {
        run(1000);
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 1000);
    }

    static void run(int ruleCount) {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            vocabulary.add("word" + i);
        }
        List<RuleDefinition> rules = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < ruleCount; i++) {
            List<String> terms = List.of(vocabulary.get(random.nextInt(5000)), vocabulary.get(random.nextInt(5000)) + " "
                    + vocabulary.get(random.nextInt(5000)), vocabulary.get(random.nextInt(5000)));
            KeywordMode mode = KeywordMode.values()[i % 3];
            Conditions conditions = new Conditions(
                    new KeywordCondition(mode, terms, i % 50 == 0 ? SafeRegex.compile("order\\s+#?\\d{6}") : null),
                    i % 4 == 0 ? new SenderCondition(null, null, Set.of("example.com", "corp" + i + ".io"), null, Set.of("boss@example.com"), null) : null,
                    i % 5 == 0 ? new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0),
                            ZoneId.of("Europe/Paris")) : null,
                    null,
                    null,
                    i % 3 == 0 ? Set.of("email", "chat") : null);
            rules.add(new RuleDefinition(UUID.randomUUID(), "rule " + i, true, random.nextInt(1000), t0.plusSeconds(i), conditions,
                    Template.parse("Reply {{sender.firstName}}"), null, false, Tone.FRIENDLY, ZoneId.of("UTC"), Duration.ofDays(1)));
        }
        rules.sort(RuleDefinition.ORDER);
        StringBuilder content = new StringBuilder("Hello, I have a question about my order #12345 and the invoice. ");
        for (int i = 0; i < 60; i++) {
            content.append("text").append(random.nextInt(100000)).append(' ');
        }
        IncomingMessage noMatch = message(content.toString());
        // The last rule in evaluation order gets a keyword only this message has.
        RuleDefinition last = rules.get(rules.size() - 1);
        rules.set(rules.size() - 1, new RuleDefinition(last.id(), last.name(), true, last.priority(), last.createdAt(),
                new Conditions(new KeywordCondition(KeywordMode.ANY, List.of("zebracorn"), null), null, null, null, null, null),
                last.template(), null, false, Tone.FRIENDLY, ZoneId.of("UTC"), Duration.ofDays(1)));
        IncomingMessage lastMatches = message(content + " zebracorn");

        RuleMatcher matcher = new RuleMatcher();
        measure("no rule matches", matcher, rules, noMatch, false);
        measure("the last rule matches", matcher, rules, lastMatches, true);
    }

    private static IncomingMessage message(String content) {
        return new IncomingMessage(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Anna Müller", "anna@example.com",
                content, Instant.parse("2026-03-04T10:00:00Z"), "email", null, null, false, false, true, false, null);
    }

    private static void measure(String label, RuleMatcher matcher, List<RuleDefinition> rules, IncomingMessage message, boolean expectMatch) {
        long sink = 0;
        for (int i = 0; i < 20_000; i++) { // warm-up (JIT)
            sink += matcher.match(rules, message, false).winner() == null ? 0 : 1;
        }
        int iterations = 50_000;
        long[] samples = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink += matcher.match(rules, message, false).winner() == null ? 0 : 1;
            samples[i] = System.nanoTime() - start;
        }
        if ((sink > 0) != expectMatch) {
            throw new IllegalStateException("the benchmark's rules do not behave as intended: " + label);
        }
        Arrays.sort(samples);
        double mean = Arrays.stream(samples).average().orElse(0);
        System.out.printf("EngineBenchmark rules=%d (%s): mean=%.1f us p50=%.1f us p99=%.1f us%n", rules.size(), label,
                mean / 1000, samples[iterations / 2] / 1000.0, samples[iterations * 99 / 100] / 1000.0);
    }
}
