package io.pulse.messaging.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.runtime.QuteConfig;

/**
 * Dev mode runs without Qute's template debugger (qute-debug), which the parent pom excludes because our registry
 * does not serve it. Quarkus registers the debugger's observer bean in dev mode only, whatever the dependencies:
 * every class of quarkus-qute that needs qute-debug must therefore be kept out of bean discovery, or `quarkus:dev`
 * stops at start-up with NoClassDefFoundError. Tests never run in dev mode, so this reads the jar instead; that
 * the dev-mode dependencies resolve at all is checked by `.ci/run` (quarkus:dependency-tree -Dmode=dev).
 */
class DevModeDependenciesTest {

    private static final String QUTE_DEBUG_PACKAGE = "io/quarkus/qute/debug/";
    private static final Path COMMON_CONFIG = Path.of("src/main/resources/META-INF/microprofile-config.properties");

    @Test
    void everyQuteClassThatNeedsTheDebuggerIsKeptOutOfBeanDiscovery() throws IOException, URISyntaxException {
        Set<String> needingDebugger = classesReferring(quteRuntimeJar(), QUTE_DEBUG_PACKAGE);
        assertFalse(needingDebugger.isEmpty(), "quarkus-qute no longer refers to qute-debug: drop its exclusion from"
                + " the parent pom and from quarkus.arc.exclude-types");
        Set<String> excluded = new TreeSet<>(Arrays.asList(commonConfig().getProperty("quarkus.arc.exclude-types", "")
                .split("\\s*,\\s*")));
        List<String> missing = new ArrayList<>(needingDebugger);
        missing.removeAll(excluded);
        assertEquals(List.of(), missing, "classes of quarkus-qute that need qute-debug (not on dev mode's class path)"
                + " but are not in quarkus.arc.exclude-types of " + COMMON_CONFIG);
    }

    private static Path quteRuntimeJar() throws URISyntaxException {
        return Path.of(QuteConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Properties commonConfig() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(COMMON_CONFIG, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The classes of a jar whose constant pool names something in the given package (as internal names). */
    private static Set<String> classesReferring(Path jar, String internalPackage) throws IOException {
        Set<String> found = new TreeSet<>();
        byte[] needle = internalPackage.getBytes(StandardCharsets.ISO_8859_1);
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class") || entry.getName().startsWith(internalPackage)) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    if (contains(in.readAllBytes(), needle)) {
                        found.add(entry.getName().replace('/', '.').replaceFirst("\\.class$", ""));
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
