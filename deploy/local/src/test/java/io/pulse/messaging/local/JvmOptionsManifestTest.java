package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Each service's JVM options live in one file, deploy/jvm/SERVICE.options, which the local suite launches with and
 * the container image passes to java as an argument file: the Kubernetes configuration sets no heap or collector
 * option of its own, and each pod's memory limit leaves room for the caps the file sets.
 */
class JvmOptionsManifestTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent(); // deploy/local -> root
    private static final long MIB = 1024 * 1024;
    /** Beyond the JVM's caps: thread stacks, GC structures, the C allocator. */
    private static final long NATIVE_ROOM = 64 * MIB;
    /** The embedding model's native memory in the two model services: the top of ONNX Runtime's 80-170 MB. */
    private static final long MODEL_ROOM = 170 * MIB;
    /**
     * The image's AOT cache, mapped at start (68-84 MB measured with the fast-jar; the aot-jar's holds every jar's
     * classes linked, about 7 MB more for auto-response in the local suite); if relocated, its pages are the pod's own.
     */
    private static final long MAPPED_CACHE = 100 * MIB;

    @Test
    void everyServiceHasItsOptionsFileWithBoundedHeapMetaspaceAndCodeCache() {
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            assertTrue(Files.isRegularFile(ServiceJvmOptions.file(ROOT, service.name())), service.name());
            List<String> options = ServiceJvmOptions.of(ROOT, service.name());
            for (String cap : List.of("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:MaxDirectMemorySize=")) {
                assertTrue(size(options, cap).isPresent(), service.name() + " sets " + cap);
            }
            assertTrue(options.contains("-XX:+UseSerialGC"), service.name());
        }
    }

    @Test
    void theConfigMapAddsNoHeapOrCollectorOptionOfItsOwn() throws IOException {
        JsonNode config = new YAMLMapper().readTree(ROOT.resolve("deploy/k8s/base/config.yaml").toFile());
        String append = config.at("/data/JAVA_OPTS_APPEND").asText();
        for (String option : List.of("-Xmx", "-Xms", "MaxRAMPercentage", "GC", "Metaspace", "CodeCache", "DirectMemory")) {
            assertFalse(append.contains(option), "JAVA_OPTS_APPEND sets " + option + ": keep it in deploy/jvm/*.options");
        }
    }

    @Test
    void everyPodsMemoryLimitLeavesRoomForItsJvmsCaps() throws IOException {
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            JsonNode deployment = new YAMLMapper().readerFor(JsonNode.class)
                    .<JsonNode>readValues(ROOT.resolve("deploy/k8s/base/" + service.name() + ".yaml").toFile()).readAll().stream()
                    .filter(d -> "Deployment".equals(d.path("kind").asText())).findFirst().orElseThrow();
            String limit = deployment.at("/spec/template/spec/containers/0/resources/limits/memory").asText();
            List<String> options = ServiceJvmOptions.of(ROOT, service.name());
            long caps = size(options, "-Xmx").orElseThrow() + size(options, "-XX:MaxMetaspaceSize=").orElseThrow()
                    + size(options, "-XX:ReservedCodeCacheSize=").orElseThrow()
                    + size(options, "-XX:MaxDirectMemorySize=").orElseThrow() + NATIVE_ROOM + MAPPED_CACHE;
            boolean model = service.name().startsWith("intelligence") || service.name().startsWith("brainstorm");
            long needed = caps + (model ? MODEL_ROOM : 0);
            assertTrue(kubernetesBytes(limit) >= needed, service.name() + ": limit " + limit + " < " + needed / MIB + " MiB");
        }
    }

    @Test
    void readsSizesAndKubernetesQuantities() {
        assertEquals(Optional.of(64 * MIB), size(List.of("-Xms32m", "-Xmx64m"), "-Xmx"));
        assertEquals(Optional.of(MIB / 2), size(List.of("-Xss512k"), "-Xss"));
        assertEquals(320 * MIB, kubernetesBytes("320Mi"));
        assertEquals(1024 * MIB, kubernetesBytes("1Gi"));
    }

    /** The size an option such as {@code -Xmx64m} or {@code -XX:MaxMetaspaceSize=128m} gives, in bytes. */
    static Optional<Long> size(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).reduce((a, b) -> b)
                .map(o -> withUnit(o.substring(prefix.length()).toLowerCase(), 1024));
    }

    static long kubernetesBytes(String quantity) {
        return withUnit(quantity.replace("i", "").toLowerCase(), 1024);
    }

    private static long withUnit(String value, long base) {
        char unit = value.charAt(value.length() - 1);
        long number = Character.isDigit(unit) ? Long.parseLong(value) : Long.parseLong(value.substring(0, value.length() - 1));
        return switch (unit) {
            case 'k' -> number * base;
            case 'm' -> number * base * base;
            case 'g' -> number * base * base * base;
            default -> number;
        };
    }
}
