package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    private static final ClassLoader LOADER = ModelFileTest.class.getClassLoader();

    @TempDir
    Path root;

    @Test
    void theWeightsAreUnpackedOnceWithTheJarsBytes() throws IOException {
        Path file = ModelFile.of(MiniLmEmbedder.MODEL, LOADER, root).orElseThrow();
        assertTrue(file.startsWith(root), file.toString());
        try (InputStream jar = LOADER.getResourceAsStream(MiniLmEmbedder.MODEL)) {
            byte[] expected = jar.readAllBytes();
            assertEquals(expected.length, Files.size(file));
            assertTrue(java.util.Arrays.equals(expected, Files.readAllBytes(file)));
        }
        long written = Files.getLastModifiedTime(file).toMillis();
        assertEquals(Optional.of(file), ModelFile.of(MiniLmEmbedder.MODEL, LOADER, root));
        assertEquals(written, Files.getLastModifiedTime(file).toMillis(), "reused, not written again");
    }

    @Test
    void aDamagedFileIsReplaced() throws IOException {
        Path file = ModelFile.of(MiniLmEmbedder.MODEL, LOADER, root).orElseThrow();
        Files.write(file, new byte[] { 1, 2, 3 });
        assertEquals(Optional.of(file), ModelFile.of(MiniLmEmbedder.MODEL, LOADER, root));
        try (InputStream jar = LOADER.getResourceAsStream(MiniLmEmbedder.MODEL)) {
            assertEquals(jar.readAllBytes().length, Files.size(file));
        }
    }

    @Test
    void noFileWhenTheFolderCannotBeUsedOrTheResourceIsMissing() throws IOException {
        Path notAFolder = Files.writeString(root.resolve("plain-file"), "x");
        assertEquals(Optional.empty(), ModelFile.of(MiniLmEmbedder.MODEL, LOADER, notAFolder.resolve("cache")));
        assertEquals(Optional.empty(), ModelFile.of("no-such-model.onnx", LOADER, root));
    }
}
