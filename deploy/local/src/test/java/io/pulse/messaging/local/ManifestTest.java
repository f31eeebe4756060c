package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifests under deploy/k8s agree with the services they deploy: they parse, every service is routed
 * by its prefix (HTTPRoute and Ingress), ports and probes match each service's configuration, images carry a fixed
 * tag, and every container is bounded and locked down.
 */
class ManifestTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent(); // deploy/local -> root
    private static final Path K8S = ROOT.resolve("deploy").resolve("k8s");
    private static final List<JsonNode> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    var parser = new YAMLFactory().createParser(reader);
                    for (JsonNode node : yaml.readValues(parser, JsonNode.class).readAll()) {
                        if (node != null && !node.isEmpty()) {
                            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("_file", K8S.relativize(file).toString());
                            DOCUMENTS.add(node);
                        }
                    }
                }
            }
        }
        assertFalse(DOCUMENTS.isEmpty(), "no manifests found under " + K8S);
    }

    @Test
    void everyServiceHasItsDeploymentServiceAutoscalerAndDisruptionBudget() {
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
                assertTrue(find("base/", kind, service.name()).isPresent(), kind + " for " + service.name());
            }
        }
    }

    @Test
    void portsAndProbesMatchEachServicesConfiguration() throws IOException {
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            int configured = configuredPort(service.name());
            assertEquals(service.port(), configured, service.name() + " port in application.properties");
            JsonNode container = find("base/", "Deployment", service.name()).orElseThrow()
                    .at("/spec/template/spec/containers/0");
            assertEquals(configured, container.at("/ports/0/containerPort").asInt(), service.name() + " containerPort");
            assertEquals("http", container.at("/ports/0/name").asText());
            assertEquals(Integer.toString(configured), envValue(container, "PULSE_HTTP_PORT"), service.name() + " PULSE_HTTP_PORT");
            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertEquals("http", container.at("/" + probe + "/httpGet/port").asText(), service.name() + " " + probe + " port");
            }
            JsonNode kubeService = find("base/", "Service", service.name()).orElseThrow();
            assertEquals(configured, kubeService.at("/spec/ports/0/port").asInt(), service.name() + " Service port");
        }
    }

    @Test
    void everyPrefixIsRoutedToItsServiceByTheHttpRouteAndTheIngress() {
        JsonNode route = DOCUMENTS.stream().filter(d -> "HTTPRoute".equals(d.path("kind").asText())).findFirst().orElseThrow();
        JsonNode ingress = DOCUMENTS.stream().filter(d -> "Ingress".equals(d.path("kind").asText())).findFirst().orElseThrow();
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            boolean routed = false;
            for (JsonNode rule : route.at("/spec/rules")) {
                JsonNode match = rule.at("/matches/0/path");
                if ("PathPrefix".equals(match.path("type").asText()) && service.prefix().equals(match.path("value").asText())) {
                    assertEquals(service.name(), rule.at("/backendRefs/0/name").asText());
                    assertEquals(service.port(), rule.at("/backendRefs/0/port").asInt());
                    assertTrue(rule.path("filters").isMissingNode(), "no rewrite or header filters for " + service.prefix());
                    routed = true;
                }
            }
            assertTrue(routed, "HTTPRoute routes " + service.prefix());
            boolean inIngress = false;
            for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
                if (service.prefix().equals(path.path("path").asText())) {
                    assertEquals("Prefix", path.path("pathType").asText());
                    assertEquals(service.name(), path.at("/backend/service/name").asText());
                    assertEquals(service.port(), path.at("/backend/service/port/number").asInt());
                    inIngress = true;
                }
            }
            assertTrue(inIngress, "Ingress routes " + service.prefix());
        }
    }

    @Test
    void everyContainerHasAFixedImageTagLimitsAndARestrictedSecurityContext() {
        int containers = 0;
        for (JsonNode document : DOCUMENTS) {
            for (JsonNode container : document.at("/spec/template/spec/containers")) {
                containers++;
                String where = document.path("_file").asText() + " " + container.path("name").asText();
                String image = container.path("image").asText();
                assertTrue(image.matches(".+:[A-Za-z0-9][A-Za-z0-9._-]*") && !image.endsWith(":latest"),
                        where + ": image needs a fixed tag, was " + image);
                assertFalse(container.at("/resources/limits/cpu").isMissingNode(), where + ": cpu limit");
                assertFalse(container.at("/resources/limits/memory").isMissingNode(), where + ": memory limit");
                assertFalse(container.at("/resources/requests/memory").isMissingNode(), where + ": memory request");
                assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), where + ": read-only root filesystem");
                assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), where + ": no privilege escalation");
                assertTrue(document.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(), where + ": runs as non-root");
            }
        }
        assertTrue(containers >= LocalSuite.SERVICES.size(), "containers found: " + containers);
    }

    @Test
    void secretsAreReferencedNeverBakedIntoTheBase() {
        for (JsonNode document : DOCUMENTS) {
            if (document.path("_file").asText().startsWith("base/")) {
                assertFalse("Secret".equals(document.path("kind").asText()), "no Secret in base: " + document.path("_file"));
                for (JsonNode container : document.at("/spec/template/spec/containers")) {
                    for (JsonNode env : container.path("env")) {
                        String name = env.path("name").asText();
                        assertFalse(name.contains("PASSWORD") || name.contains("SECRET") || name.contains("JWT"),
                                "credentials come from a Secret, not inline env: " + name);
                    }
                }
            }
        }
    }

    @Test
    void theDevOverlayTrustsExactlyTheDevelopmentKey() throws IOException {
        Path copy = K8S.resolve("overlays/dev/dev-jwt-public.pem");
        Path original = ROOT.resolve("deploy/local/src/main/resources/io/pulse/messaging/local/dev-jwt-public.pem");
        assertEquals(Files.readString(original), Files.readString(copy), "dev overlay key matches deploy/local's");
    }

    private static Optional<JsonNode> find(String fileprefix, String kind, String name) {
        return DOCUMENTS.stream()
                .filter(d -> d.path("_file").asText().startsWith(fileprefix))
                .filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.at("/metadata/name").asText()))
                .findFirst();
    }

    private static String envValue(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(env.path("name").asText())) {
                return env.path("value").asText();
            }
        }
        return null;
    }

    private static int configuredPort(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        String value = properties.getProperty("quarkus.http.port");
        assertNotNull(value, module + " sets quarkus.http.port");
        Matcher matcher = Pattern.compile("\\$\\{PULSE_HTTP_PORT:(\\d+)}").matcher(value);
        assertTrue(matcher.matches(), module + " port is ${PULSE_HTTP_PORT:<default>}: " + value);
        return Integer.parseInt(matcher.group(1));
    }
}
