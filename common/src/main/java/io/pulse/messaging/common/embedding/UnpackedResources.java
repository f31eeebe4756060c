package io.pulse.messaging.common.embedding;

import java.io.IOException;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

import org.jboss.logging.Logger;

/**
 * Class path resources copied once into a folder that later starts reuse: ONNX Runtime's native libraries
 * ({@link OnnxNativeLibraries}) and the embedding model's weights ({@link ModelFile}). A file counts as present when its
 * size and CRC-32 match the jar's (a few milliseconds for 17 MB already in the page cache). Each is written to a
 * temporary file in the same folder and moved into place atomically, so two processes starting at once never see half
 * a file (each writes its own copy; the last move wins, with the same bytes). Folders must be the user's own and not
 * writable by others (where POSIX permissions exist): native code and model weights loaded from them run in the process.
 */
final class UnpackedResources {

    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    private static final Logger LOG = Logger.getLogger(UnpackedResources.class);

    private UnpackedResources() {
    }

    /** One resource as the jar holds it, and the file name it gets in the folder. */
    record Resource(String file, URL url, long size, long crc) {
    }

    /** The resource at {@code url}, with its size and CRC-32 from its jar entry, or read from it outside a jar. */
    static Resource of(String file, URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
                return new Resource(file, url, entry.getSize(), entry.getCrc());
            }
        }
        try (CheckedInputStream in = new CheckedInputStream(url.openStream(), new CRC32())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Resource(file, url, size, in.getChecksum().getValue());
        }
    }

    /** Makes sure {@code root}'s sub-folder {@code name} holds the resources, extracting what is missing or different. */
    static Path prepare(Path root, String name, List<Resource> resources) throws IOException {
        Path folder = root.resolve(name);
        ownFolder(root);
        ownFolder(folder);
        for (Resource resource : resources) {
            Path file = folder.resolve(resource.file());
            if (!matches(file, resource)) {
                extract(resource, file);
            }
        }
        return folder;
    }

    /** The resources' identity (names, sizes, CRC-32s) in a few characters, for a folder's name. */
    static String identity(List<Resource> resources) {
        CRC32 identity = new CRC32();
        for (Resource resource : resources) {
            identity.update((resource.file() + ":" + resource.size() + ":" + resource.crc() + ";").getBytes());
        }
        return Long.toHexString(identity.getValue());
    }

    /**
     * Creates the folder (owner only) unless it exists; refuses one that is not this user's or that others may write
     * to (where POSIX permissions exist).
     */
    private static void ownFolder(Path folder) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        boolean created = false;
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            created = true;
        }
        if (posix == null) {
            return;
        }
        if (created) {
            posix.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        var attributes = posix.readAttributes();
        String user = System.getProperty("user.name");
        if (!attributes.owner().getName().equals(user)) {
            throw new IOException(folder + " belongs to " + attributes.owner().getName() + ", not to " + user);
        }
        if (attributes.permissions().stream().anyMatch(OTHERS_WRITE::contains)) {
            throw new IOException(folder + " is writable by others than its owner");
        }
    }

    /** Whether the file has the resource's size and CRC-32 (a missing file does not). */
    static boolean matches(Path file, Resource resource) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            if (channel.size() != resource.size()) {
                return false;
            }
            CRC32 crc = new CRC32();
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
            return crc.getValue() == resource.crc();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Writes the resource beside its place and moves it there in one step, once checked. */
    private static void extract(Resource resource, Path file) throws IOException {
        long started = System.nanoTime();
        Path part = Files.createTempFile(file.getParent(), "." + resource.file() + ".", ".part");
        try {
            try (CheckedInputStream in = new CheckedInputStream(resource.url().openStream(), new CRC32());
                    OutputStream out = Files.newOutputStream(part)) {
                long size = in.transferTo(out);
                if (size != resource.size() || in.getChecksum().getValue() != resource.crc()) {
                    throw new IOException(resource.file() + " read from the jar does not match the jar's size and CRC-32");
                }
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(part, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        LOG.infof("Extracted %s into %s in %d ms (once: later starts reuse it)", resource.file(), file.getParent(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
