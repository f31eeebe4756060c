package io.pulse.messaging.common.ai;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says at start which engine answers, and, when a model is configured, whether its server answers: a GET of
 * {@code <base URL>/models} in the background, so a service whose model is down still starts and is ready (the
 * local engine answers until the model does). The key is sent, never logged.
 */
@Singleton
class AiStartup {

    private static final Logger LOG = Logger.getLogger(AiStartup.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    void report(@Observes StartupEvent started, AiFeatures features) {
        AiConfig config = features.config();
        AiFeature service = features.feature("default");
        if (service.local()) {
            LOG.info("AI engine: local (PULSE_AI_PROVIDER=local): no model is called, nothing leaves the service");
            return;
        }
        LOG.infof("AI engine: %s model %s at %s (API key %s); timeout %s, %d calls at once; "
                + "PULSE_AI_FEATURE_<FEATURE>_* may override a feature", service.provider().name().toLowerCase(),
                service.model(), service.baseUrl(), service.apiKey().isPresent() ? "set" : "not set",
                service.timeout().toString().substring(2).toLowerCase(), config.maxConcurrency());
        probe(service);
    }

    private void probe(AiFeature feature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(feature.baseUrl() + "/models"))
                .timeout(PROBE_TIMEOUT).GET();
        feature.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        LOG.warnf("AI model server %s is unreachable (%s): the local engine answers "
                                + "(local-fallback, unavailable) until it is", feature.baseUrl(), failure.toString());
                    } else if (response.statusCode() >= 400) {
                        LOG.warnf("AI model server %s answered %d to GET /models: check PULSE_AI_BASE_URL and "
                                + "PULSE_AI_API_KEY; the local engine answers when the model cannot",
                                feature.baseUrl(), response.statusCode());
                    } else {
                        LOG.infof("AI model server %s is reachable", feature.baseUrl());
                    }
                });
    }
}
