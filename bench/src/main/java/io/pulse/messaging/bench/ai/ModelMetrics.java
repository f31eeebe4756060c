package io.pulse.messaging.bench.ai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' own model figures, read from their Prometheus endpoints after a phase: calls by outcome, fallbacks by
 * reason, validation drops, and the model call's mean latency (from the histogram's sum and count).
 */
record ModelMetrics(Map<String, Double> calls, Map<String, Double> fallbacks, double drops, double seconds, double count) {

    private static final Pattern SAMPLE = Pattern.compile("^(pulse_ai_[a-z_]+)\\{([^}]*)\\} ([0-9.eE+-]+)$");
    private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    static ModelMetrics empty() {
        return new ModelMetrics(new TreeMap<>(), new TreeMap<>(), 0, 0, 0);
    }

    /** Adds what the service on {@code port} reports. */
    ModelMetrics plus(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Double> c = new TreeMap<>(calls);
        Map<String, Double> f = new TreeMap<>(fallbacks);
        double d = drops;
        double s = seconds;
        double n = count;
        for (String line : response.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            Map<String, String> labels = labels(m.group(2));
            double value = Double.parseDouble(m.group(3));
            String key = labels.getOrDefault("feature", "?");
            switch (m.group(1)) {
                case "pulse_ai_calls_total" -> c.merge(key + ":" + labels.get("outcome"), value, Double::sum);
                case "pulse_ai_fallbacks_total" -> f.merge(key + ":" + labels.get("reason"), value, Double::sum);
                case "pulse_ai_validation_drops_total" -> d += value;
                case "pulse_ai_call_seconds_sum" -> s += value;
                case "pulse_ai_call_seconds_count" -> n += value;
                default -> { }
            }
        }
        return new ModelMetrics(c, f, d, s, n);
    }

    double meanCallMillis() {
        return count == 0 ? 0 : seconds / count * 1000;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }
}
