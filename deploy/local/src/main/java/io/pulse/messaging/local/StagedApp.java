package io.pulse.messaging.local;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The copy of a service's packaged application that its start-up cache is trained on and used with, in
 * {@code .pulse/aot/SERVICE-KEY.app}. The services are packaged as Quarkus's {@code aot-jar} (every jar on the JVM's
 * class path, so that the cache holds their classes linked, not only loaded), and the JVM accepts a cache only if each
 * class path jar has the modification time and size it had in the training run; every build rewrites the application's
 * own jars (the launcher, {@code app/}, {@code quarkus/}, this project's snapshot jars in {@code lib/}) with new times
 * and, for Quarkus's generated jars, other sizes even when nothing changed. Launching from a copy made once per cache
 * key keeps a cache valid across rebuilds that change nothing. Released dependencies are hard links (no copy; a jar
 * the build rewrote in place changes under the link, and the JVM then refuses the cache, which is detected and
 * retrained), or copies where the file system cannot link.
 */
final class StagedApp {

    private StagedApp() {
    }

    /** Where the application of the cache {@code cache} ({@code SERVICE-KEY.aot} or {@code .jsa}) is staged. */
    static Path of(Path cache) {
        String name = cache.getFileName().toString();
        return cache.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".app");
    }

    /** The launcher jar of the staged application {@code stage}. */
    static Path launcher(Path stage) {
        return stage.resolve("quarkus-run.jar");
    }

    /**
     * Stages {@code app} (a {@code quarkus-app} directory) in {@code stage}, unless it is there already and
     * {@code fresh} is false; returns the staged launcher jar. Written beside and renamed into place, so a stage is
     * complete or absent.
     */
    static Path stage(Path app, Path stage, boolean fresh) throws IOException {
        if (fresh) {
            delete(stage);
        }
        if (Files.isRegularFile(launcher(stage))) {
            return launcher(stage);
        }
        delete(stage);
        Path partial = stage.resolveSibling(stage.getFileName() + ".partial");
        delete(partial);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(app)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = app.relativize(file).toString().replace('\\', '/');
            Path target = partial.resolve(name);
            Files.createDirectories(target.getParent());
            if (name.startsWith("lib/") && !name.contains("SNAPSHOT")) {
                link(file, target);
            } else {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.move(partial, stage, StandardCopyOption.ATOMIC_MOVE);
        return launcher(stage);
    }

    private static void link(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (FileSystemException | UnsupportedOperationException e) {
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Deletes {@code stage} and everything in it, if it exists. */
    static void delete(Path stage) throws IOException {
        if (!Files.exists(stage)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(stage)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
