package io.pulse.messaging.common.embedding;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * The embedding model's weights as a file, unpacked once beside ONNX Runtime's libraries (in the folder of
 * {@link OnnxNativeLibraries#root()}, a sub-folder named by the weights' size and CRC-32), so that ONNX Runtime reads
 * them itself. Read from the jar into a Java array instead, the 23 MB went through the heap, which grew to hold them and
 * stayed that size: intelligence's committed heap right after start was 80 MB for 15 MB in use. When the folder cannot be
 * used, the weights are read into memory as before, and why is logged.
 */
final class ModelFile {

    private static final Logger LOG = Logger.getLogger(ModelFile.class);

    private ModelFile() {
    }

    /** The resource {@code name} of {@code loader} as a file under {@code root}, or none when it cannot be. */
    static Optional<Path> of(String name, ClassLoader loader, Path root) {
        URL url = loader.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            UnpackedResources.Resource weights = UnpackedResources.of(name, url);
            String folder = "model-" + weights.size() + "-" + UnpackedResources.identity(List.of(weights));
            return Optional.of(UnpackedResources.prepare(root, folder, List.of(weights)).resolve(name));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The embedding model's weights are not unpacked in %s, they are read into memory at each start: %s",
                    root, e.toString());
            return Optional.empty();
        }
    }
}
