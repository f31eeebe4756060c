package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtEnvironment;

class OnnxNativeLibrariesTest {

    @TempDir
    Path root;

    @Test
    void extractsTheLibrariesIntoAFolderNamedByTheirIdentity() throws IOException {
        Path folder = OnnxNativeLibraries.prepare(root, OrtEnvironment.class);

        List<UnpackedResources.Resource> libraries = OnnxNativeLibraries.libraries(OrtEnvironment.class);
        assertEquals(2, libraries.size());
        assertEquals(root, folder.getParent());
        assertTrue(folder.getFileName().toString().startsWith("onnxruntime-1.20.0-" + OnnxNativeLibraries.platform() + "-"),
                folder.toString());
        for (UnpackedResources.Resource library : libraries) {
            Path file = folder.resolve(library.file());
            assertTrue(library.size() > 10_000, library.toString());
            assertEquals(library.size(), Files.size(file));
            assertTrue(UnpackedResources.matches(file, library), file.toString());
            try (InputStream in = library.url().openStream()) {
                assertEquals(-1, Files.mismatch(file, copyOf(in)));
            }
        }
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void reusesWhatIsThereWithoutWritingAgain() throws IOException {
        Path folder = OnnxNativeLibraries.prepare(root, OrtEnvironment.class);
        List<Object> before = new ArrayList<>();
        for (Path file : libraryFiles(folder)) {
            before.add(Files.readAttributes(file, "unix:ino"));
            before.add(Files.getLastModifiedTime(file));
        }

        assertEquals(folder, OnnxNativeLibraries.prepare(root, OrtEnvironment.class));

        List<Object> after = new ArrayList<>();
        for (Path file : libraryFiles(folder)) {
            after.add(Files.readAttributes(file, "unix:ino"));
            after.add(Files.getLastModifiedTime(file));
        }
        assertEquals(before, after);
    }

    @Test
    void replacesACorruptedAndATruncatedLibrary() throws IOException {
        Path folder = OnnxNativeLibraries.prepare(root, OrtEnvironment.class);
        List<UnpackedResources.Resource> libraries = OnnxNativeLibraries.libraries(OrtEnvironment.class);
        Path corrupted = folder.resolve(libraries.get(0).file());
        Path truncated = folder.resolve(libraries.get(1).file());
        try (FileChannel channel = FileChannel.open(corrupted, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] { 1, 2, 3, 4 }), 4096);
        }
        try (FileChannel channel = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(truncated) / 2);
        }
        assertFalse(UnpackedResources.matches(corrupted, libraries.get(0)));
        assertFalse(UnpackedResources.matches(truncated, libraries.get(1)));

        OnnxNativeLibraries.prepare(root, OrtEnvironment.class);

        assertTrue(UnpackedResources.matches(corrupted, libraries.get(0)));
        assertTrue(UnpackedResources.matches(truncated, libraries.get(1)));
    }

    @Test
    void processesStartingAtOnceAllEndWithWholeLibraries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(pool.submit((Callable<Path>) () -> OnnxNativeLibraries.prepare(root, OrtEnvironment.class)));
            }
            Path folder = starts.get(0).get();
            for (Future<Path> start : starts) {
                assertEquals(folder, start.get());
            }
            for (UnpackedResources.Resource library : OnnxNativeLibraries.libraries(OrtEnvironment.class)) {
                assertTrue(UnpackedResources.matches(folder.resolve(library.file()), library));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnError() throws IOException {
        Path notAFolder = Files.writeString(root.resolve("file"), "x");

        assertThrows(IOException.class, () -> OnnxNativeLibraries.prepare(notAFolder.resolve("cache"), OrtEnvironment.class));
        assertEquals(java.util.Optional.empty(), OnnxNativeLibraries.folder(notAFolder.resolve("cache"), OrtEnvironment.class));
    }

    @Test
    void aFolderOthersMayWriteToIsRefused() throws IOException {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));

        IOException refused = assertThrows(IOException.class, () -> OnnxNativeLibraries.prepare(root, OrtEnvironment.class));
        assertTrue(refused.getMessage().contains("writable by others"), refused.getMessage());
    }

    @Test
    void aReadOnlyFolderIsUsedWhenItHoldsTheLibrariesAndRefusedWhenNot() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path filled = Files.createDirectory(root.resolve("filled"));
        Path folder = OnnxNativeLibraries.prepare(filled, OrtEnvironment.class);
        Path empty = Files.createDirectory(root.resolve("empty"));
        for (Path readOnly : List.of(folder, filled, empty)) {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            assertEquals(folder, OnnxNativeLibraries.prepare(filled, OrtEnvironment.class));
            assertThrows(IOException.class, () -> OnnxNativeLibraries.prepare(empty, OrtEnvironment.class));
        } finally {
            for (Path readOnly : List.of(folder, filled, empty)) {
                Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static List<Path> libraryFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (UnpackedResources.Resource library : OnnxNativeLibraries.libraries(OrtEnvironment.class)) {
            files.add(folder.resolve(library.file()));
        }
        return files;
    }

    private Path copyOf(InputStream in) throws IOException {
        Path copy = Files.createTempFile(root, "jar-copy", ".bin");
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }
}
