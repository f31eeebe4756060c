package io.pulse.messaging.local;

import java.nio.file.Path;
import java.time.Duration;

/** What the suite prints once it runs: where everything listens, a development token and what to try first. */
final class SuiteBanner {

    private SuiteBanner() {
    }

    /**
     * @param dataDirectory where PostgreSQL keeps its data
     * @param logs the directory of the services' logs
     */
    static String text(LocalSuite.Ports ports, Path dataDirectory, Path logs, int replicas) {
        String token = TokenMinter.development().forUser(PulseLocal.DEMO_USER).name("Demo User")
                .lifetime(Duration.ofHours(24)).sign();
        StringBuilder banner = new StringBuilder("\nPulse is running.\n\n");
        banner.append(String.format("  Gateway            %s%n", ports.gatewayUrl()));
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            banner.append(String.format("  %-22s %s%s  (Swagger UI http://127.0.0.1:%d/q/swagger-ui)%n",
                    service.name(), ports.gatewayUrl(), service.prefix(), ports.of(service)));
            if (replicas > 1) {
                banner.append(String.format("  %-22s %s%n", "", replicaLine(ports, service, replicas)));
            }
        }
        banner.append(String.format("  PostgreSQL         localhost:%d, database pulse (data in %s)%n", ports.database(),
                dataDirectory));
        banner.append(String.format("  Logs               %s%n", logs));
        banner.append(String.format("  AI engines         %s%n%n", aiEngines(System.getenv())));
        banner.append("Development token for the demo user ").append(PulseLocal.DEMO_USER).append(" (valid 24 h):\n\n");
        banner.append("  export TOKEN=").append(token).append("\n\n");
        banner.append("Try: curl -H \"Authorization: Bearer $TOKEN\" ").append(ports.gatewayUrl())
                .append("/api/auto-responses/rules\n");
        banner.append("or, in another terminal, the demo of every service: ./pulse demo")
                .append(ports.equals(LocalSuite.Ports.DEFAULT) ? "" : " --gateway " + ports.gatewayUrl()).append("\n");
        banner.append("Ctrl-C stops everything.\n");
        return banner.toString();
    }

    /** The line under a service that lists its replicas' ports, e.g. "3 replicas, round robin: 8081, 8091, 8101". */
    static String replicaLine(LocalSuite.Ports ports, LocalSuite.Service service, int replicas) {
        StringBuilder line = new StringBuilder(replicas + " replicas, round robin:");
        for (int i = 0; i < replicas; i++) {
            line.append(i == 0 ? " " : ", ").append(ports.of(new Replica(service, i)));
        }
        return line.toString();
    }

    /** Which engine answers, from the PULSE_AI_* variables the services inherit (the key is never shown). */
    static String aiEngines(java.util.Map<String, String> env) {
        String provider = env.getOrDefault("PULSE_AI_PROVIDER", "local").strip().toLowerCase(java.util.Locale.ROOT);
        if (provider.isEmpty() || provider.equals("local")) {
            return "local (no model is called; set PULSE_AI_PROVIDER to use one, see the README)";
        }
        String url = env.getOrDefault("PULSE_AI_BASE_URL",
                provider.equals("ollama") ? "http://localhost:11434/v1" : "https://api.openai.com/v1");
        String model = env.getOrDefault("PULSE_AI_MODEL", provider.equals("ollama") ? "llama3.2" : "gpt-4o-mini");
        return provider + ", model " + model + " at " + url + " (local engine when it cannot answer)";
    }
}
