package io.pulse.messaging.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The workloads, their wrk and pgbench scripts (copied out of the jar) and the users they act as. */
final class Workloads {

    static final List<Workload> ALL = List.of(
            new Workload("ar_evaluate_nomatch", "auto-response evaluate, no rule matches (read path)", "ar_evaluate_nomatch", false),
            new Workload("ar_evaluate_match", "auto-response evaluate that sends: cooldown taken, log row written", "ar_evaluate_match", true),
            new Workload("ar_rules_list", "auto-response rule list, first page of 50", "ar_rules_list", false),
            new Workload("sum_cached", "summary POST, repeated-request mix (9 in 10 repeat)", "sum_cached", false),
            new Workload("sum_cached_hit", "summary POST repeating a request already answered (cache hits only)", "sum_cached", false),
            new Workload("sum_uncached", "summary POST of a new 50-message thread (engine runs, summary stored)", "sum_uncached", true),
            new Workload("intel_analyze", "intelligence analyze of a new 100-message conversation", "intel_analyze", true, 6),
            new Workload("intel_sentiment_batch", "stateless sentiment of 100 texts in one call", null, false),
            new Workload("bs_add_idea", "brainstorm add an idea (stored, announced to live subscribers)", "bs_add_idea", true),
            new Workload("bs_vote", "brainstorm vote, then unvote the next time round", "bs_vote", true, 0,
                    "delete from brainstorm.brainstorm_votes"),
            new Workload("bs_list_session", "brainstorm list a session's ideas with votes, first page of 50", "bs_list_session", false),
            new Workload("bs_cluster_200", "brainstorm cluster a session of 200 ideas", null, true, 10));

    /** The hot reads, each also measured straight to its service (the gateway hop's share), right after the gateway run. */
    static final List<String> DIRECT_TOO = List.of("ar_evaluate_nomatch", "ar_rules_list", "sum_cached", "bs_list_session");

    /** Whose script waits after a 503 with Retry-After (their refusals and waits are reported apart). */
    static final List<String> HONOURS_RETRY_AFTER = List.of("bs_cluster_200");

    /** Also measured with a random user's token on every request (what the verified token cache saves). */
    static final List<String> RANDOM_TOKENS_TOO = List.of("ar_rules_list");

    private final Path lua;
    private final Path pgbench;
    private final Path users;

    Workloads(Path work, Seeder.Seeded seeded, Bench.Options options) throws IOException {
        this.lua = Files.createDirectories(work.resolve("wrk"));
        this.pgbench = Files.createDirectories(work.resolve("pgbench"));
        this.users = work.resolve("users.csv");
        Files.write(users, seeded.userRows());
        copy("common", lua, ".lua");
        copy("threads", lua, ".lua");
        for (Workload workload : ALL) {
            copy(workload.script(), lua, ".lua");
            String script = workload.pgbenchScript() == null ? null : "/bench/pgbench/" + workload.pgbenchScript() + ".sql";
            if (script != null && Workloads.class.getResource(script) != null) {
                copyTo(script, pgbench.resolve(workload.pgbenchScript() + ".sql"));
            }
        }
    }

    List<Workload> all() {
        return ALL;
    }

    /** The variants run after {@code workload} at each level: direct, then random tokens, for those listed above. */
    static List<Workload> variantsOf(Workload workload) {
        List<Workload> variants = new java.util.ArrayList<>();
        if (DIRECT_TOO.contains(workload.name())) {
            variants.add(workload.as(Workload.Variant.DIRECT));
        }
        if (RANDOM_TOKENS_TOO.contains(workload.name())) {
            variants.add(workload.as(Workload.Variant.RANDOM_TOKENS));
        }
        return variants;
    }

    Map<String, String> environment() {
        return Map.of("PULSE_BENCH_USERS", users.toString(), "PULSE_BENCH_LUA", lua.toString());
    }

    /** The workload's pgbench script, or null when it has none. */
    Path pgbenchFile(Workload workload) {
        if (workload.pgbenchScript() == null) {
            return null;
        }
        Path file = pgbench.resolve(workload.pgbenchScript() + ".sql");
        return Files.exists(file) ? file : null;
    }

    private static void copy(String name, Path directory, String extension) {
        copyTo("/bench/wrk/" + name + extension, directory.resolve(name + extension));
    }

    private static void copyTo(String resource, Path target) {
        try (InputStream in = Objects.requireNonNull(Workloads.class.getResourceAsStream(resource), resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
