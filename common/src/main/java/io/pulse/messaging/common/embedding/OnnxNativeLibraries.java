package io.pulse.messaging.common.embedding;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jboss.logging.Logger;

import ai.onnxruntime.OrtEnvironment;

/**
 * ONNX Runtime's native libraries unpacked once into a folder that every later start reuses, instead of ONNX Runtime
 * copying them (17 MB on Linux x64) out of its jar into a new {@code /tmp/onnxruntime-java*} folder at each start.
 * {@link #useCache()} runs before ONNX Runtime first loads: unless {@code onnxruntime.native.path} is set already (then
 * whoever set it decided), it makes sure the folder holds the libraries, extracting a missing or different one, and
 * points that property at it; ONNX Runtime then loads them from there.
 *
 * <p>The folder: {@code pulse.embedding.onnx.native-dir} (system property, or the environment variable
 * {@code PULSE_EMBEDDING_ONNX_NATIVE_DIR}), by default {@code pulse-onnxruntime-USER} under {@code java.io.tmpdir}; the
 * libraries go into a sub-folder named by ONNX Runtime's version, the platform and the libraries' CRC-32s as the jar
 * records them, so another version never meets these files. A library counts as present when its size and CRC-32 match
 * the jar's (a few milliseconds for 17 MB already in the page cache, measured). Each is written to a temporary file in
 * the same folder and moved into place atomically, so two processes starting at once never see half a library (each
 * writes its own copy; the last move wins, with the same bytes). When the folder cannot be used (not writable, not the
 * user's own, or writable by others: a library loaded from it runs in the process), ONNX Runtime's own behaviour
 * stays, and why is logged once. The container image fills the folder while it is built ({@link #main}).
 */
public final class OnnxNativeLibraries {

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    static final String DIR_KEY = "pulse.embedding.onnx.native-dir";
    private static final String[] LIBRARIES = { "onnxruntime", "onnxruntime4j_jni" };
    private static final Logger LOG = Logger.getLogger(OnnxNativeLibraries.class);
    private static boolean done;

    private OnnxNativeLibraries() {
    }

    /**
     * Points {@code onnxruntime.native.path} at the cache folder, filled if needed, unless the property is set; once
     * per process, before ONNX Runtime loads (it reads the property then). Never fails: ONNX Runtime's own extraction
     * is the fallback.
     */
    public static synchronized void useCache() {
        if (done || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        done = true;
        folder(root(), OrtEnvironment.class).ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toString()));
    }

    /** {@link #prepare}'s folder, or none (logged) when it cannot be used. */
    static Optional<Path> folder(Path root, Class<?> anchor) {
        long started = System.nanoTime();
        try {
            Path folder = prepare(root, anchor);
            LOG.debugf("ONNX Runtime's native libraries in %s (checked in %d ms)", folder,
                    (System.nanoTime() - started) / 1_000_000);
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("ONNX Runtime's native libraries are not cached in %s, ONNX Runtime extracts them itself at each"
                    + " start: %s", root, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Makes sure {@code root}'s sub-folder for these libraries holds them, as loaded next to {@code anchor} (a class of
     * ONNX Runtime's jar), and returns it. Extracts only what is missing or different.
     */
    static Path prepare(Path root, Class<?> anchor) throws IOException {
        List<UnpackedResources.Resource> libraries = libraries(anchor);
        return UnpackedResources.prepare(root, folderName(anchor, libraries), libraries);
    }

    /** The folder as configured, or the default under {@code java.io.tmpdir}. */
    static Path root() {
        String configured = System.getProperty(DIR_KEY);
        if (configured == null) {
            configured = System.getenv(DIR_KEY.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "pulse-onnxruntime-" + user);
    }

    /** The libraries ONNX Runtime loads on this platform, with their size and CRC-32 as its jar records them. */
    static List<UnpackedResources.Resource> libraries(Class<?> anchor) throws IOException {
        String platform = platform();
        List<UnpackedResources.Resource> libraries = new ArrayList<>(LIBRARIES.length);
        for (String name : LIBRARIES) {
            String file = System.mapLibraryName(name).replace("jnilib", "dylib");
            URL resource = anchor.getResource("/ai/onnxruntime/native/" + platform + "/" + file);
            if (resource == null) {
                throw new IOException("no " + file + " for " + platform + " beside " + anchor.getName());
            }
            libraries.add(UnpackedResources.of(file, resource));
        }
        return libraries;
    }

    /** ONNX Runtime's name for this platform's folder in its jar ("linux-x64", "osx-aarch64", ...). */
    static String platform() throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String cpu = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        if (system == null || cpu == null) {
            throw new IOException("no ONNX Runtime libraries known for " + os + " on " + arch);
        }
        return system + "-" + cpu;
    }

    static String folderName(Class<?> anchor, List<UnpackedResources.Resource> libraries) throws IOException {
        String version = Optional.ofNullable(anchor.getPackage().getImplementationVersion()).orElse("unknown");
        return "onnxruntime-" + version.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + platform() + "-"
                + UnpackedResources.identity(libraries);
    }

    /**
     * Fills the folder given as the argument (or the configured one) with the libraries and the embedding model's
     * weights ({@link ModelFile}) and exits: what a container image runs while it is built, so that its pods load both
     * from the image. Fails (exit status 1) when it cannot.
     */
    public static void main(String... args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : root();
        Path folder = prepare(root, OrtEnvironment.class);
        Path weights = ModelFile.of(MiniLmEmbedder.MODEL, OnnxNativeLibraries.class.getClassLoader(), root)
                .orElseThrow(() -> new IOException("the embedding model's weights could not be unpacked into " + root));
        LOG.infof("ONNX Runtime's native libraries are in %s, the embedding model's weights in %s", folder, weights);
    }
}
