package io.pulse.messaging.bench.ai;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.local.LocalSuite;
import io.pulse.messaging.local.TokenMinter;

/**
 * The AI workloads ({@code bench/run --ai}): each AI endpoint under load with the local engines, then with a model
 * provider (a fake OpenAI-compatible server with a fixed latency by default, or the PULSE_AI_* provider of the
 * environment), and, with the fake, once more with the provider down (its address, nothing listening), side by side: throughput, latency, which engine answered, and the services' own
 * model figures (calls, mean call latency, fallbacks by reason, validation drops). Writes
 * {@code bench/results/ai-latest.md}.
 */
public final class AiBench {

    record Options(boolean quick, boolean fake, Duration latency, int requests, int concurrency, Path home,
            LocalSuite.Ports ports) {

        static Options parse(String[] args, Path home) {
            List<String> rest = new ArrayList<>();
            LocalSuite.Ports ports = LocalSuite.Ports.parse(List.of(args), rest);
            boolean quick = rest.remove("--quick");
            rest.remove("--ai");
            boolean fake = true;
            Duration latency = Duration.ofMillis(400);
            Integer requests = null;
            Integer concurrency = null;
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--provider" -> fake = !"configured".equals(rest.get(++i));
                    case "--latency-ms" -> latency = Duration.ofMillis(Long.parseLong(rest.get(++i)));
                    case "--requests" -> requests = Integer.parseInt(rest.get(++i));
                    case "--concurrency" -> concurrency = Integer.parseInt(rest.get(++i));
                    default -> throw new IllegalArgumentException("Unknown option " + rest.get(i) + " (options: --quick,"
                            + " --provider fake|configured, --latency-ms N, --requests N, --concurrency N, --gateway-port N,"
                            + " --db-port N)");
                }
            }
            return new Options(quick, fake, latency, requests != null ? requests : quick ? 12 : 120,
                    concurrency != null ? concurrency : quick ? 4 : 16, home, ports);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pulse.home", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, home);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new AiBench(options).run());
    }

    private final Options options;

    AiBench(Options options) {
        this.options = options;
    }

    int run() throws Exception {
        AiReport report = new AiReport(options);
        report.phase("local", phase(Map.of("PULSE_AI_PROVIDER", "local")));
        if (options.fake()) {
            try (FakeProvider provider = new FakeProvider(options.latency())) {
                report.phase("model", phase(Map.of("PULSE_AI_PROVIDER", "openai", "PULSE_AI_BASE_URL", provider.baseUrl(),
                        "PULSE_AI_MODEL", "bench-fake", "PULSE_AI_API_KEY", "bench-not-secret")));
                report.providerCalls(provider.calls());
            }
            // The same provider settings with nothing listening: every answer must be the local engine's, no 5xx.
            report.phase("model down", phase(Map.of("PULSE_AI_PROVIDER", "openai", "PULSE_AI_BASE_URL",
                    "http://127.0.0.1:" + closedPort() + "/v1", "PULSE_AI_MODEL", "bench-fake")));
        } else {
            report.phase("model", phase(Map.of()));
        }
        Path results = Files.createDirectories(options.home().resolve("bench").resolve("results"));
        Files.writeString(results.resolve("ai-latest.md"), report.markdown());
        System.out.println(report.markdown());
        if (!report.broken().isEmpty()) {
            System.err.println("These workloads did not work at all: " + report.broken());
            return 1;
        }
        return 0;
    }

    /** A port nothing listens on (it was free a moment ago). */
    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One start of the suite with {@code environment}, every AI workload against it, then its model figures. */
    private AiReport.Phase phase(Map<String, String> environment) throws Exception {
        Path data = options.home().resolve(".pulse").resolve("bench-ai").resolve("postgres");
        io.pulse.messaging.bench.Bench.deleteRecursively(data);
        LocalSuite suite = new LocalSuite(options.home(), data, options.ports()).environment(environment);
        Thread stopOnExit = new Thread(suite::stop, "bench-ai-suite-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            Instant started = Instant.now();
            suite.start(false);
            System.out.printf("== Suite ready in %d s (%s)%n", Duration.between(started, Instant.now()).toSeconds(),
                    environment.getOrDefault("PULSE_AI_PROVIDER", "configured provider"));
            String token = TokenMinter.development().forUser(UUID.randomUUID()).name("Bench AI")
                    .lifetime(Duration.ofHours(2)).sign();
            String gateway = options.ports().gatewayUrl();
            List<AiWorkload> workloads = AiWorkloads.all(gateway, token, options.requests());
            List<AiWorkload.Result> results = new ArrayList<>();
            for (AiWorkload workload : workloads) {
                System.out.println("== " + workload.name() + ": " + workload.description());
                results.add(workload.run(gateway, token, options.requests(), options.concurrency()));
            }
            ModelMetrics metrics = ModelMetrics.empty();
            for (LocalSuite.Service service : LocalSuite.SERVICES) {
                metrics = metrics.plus(options.ports().of(service));
            }
            return new AiReport.Phase(results, metrics);
        } finally {
            suite.stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }
}
