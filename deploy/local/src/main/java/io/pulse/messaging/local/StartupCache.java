package io.pulse.messaging.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

/**
 * Trained start-up caches, one per service, in {@code .pulse/aot}: the first launch after a build records what the
 * JVM loads and links during a real run (it is written when the service stops: SIGTERM, then the JVM's exit), and
 * every later launch starts from it (the three most recent caches of a service are kept). On JDK 25 and later it is an AOT cache (JEP 483, trained in one step with
 * {@code -XX:AOTCacheOutput}, JEP 514); on JDK 17 to 24 a dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit}).
 *
 * <p>A cache is keyed by a hash of the service's packaged application ({@link #key}), the runtime's version and the
 * other JVM options: changed code or dependencies, another JDK or other options mean a new training run. A cache the JVM refuses anyway (it checks the class path and the options itself) costs only
 * a warning in the service's log and a plain start: the JVM's own fallback, never a failed launch.
 */
final class StartupCache {

    /**
     * How one launch starts.
     *
     * @param jvmOptions the options that use or record the cache (none for a plain start)
     * @param description one line for the console: which start it is, and why
     * @param recording where the training run writes its cache (null unless training)
     * @param cache where the cache is kept once recorded
     */
    record Plan(List<String> jvmOptions, String description, Path recording, Path cache) {

        boolean training() {
            return recording != null;
        }
    }

    /** How many caches are kept per service (say one per JDK, plus the benchmark's, whose options differ). */
    static final int KEPT = 3;

    private static final FileTime LAUNCHER_TIME = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    private final Path directory;
    private final JavaRuntime runtime;

    StartupCache(Path directory, JavaRuntime runtime) {
        this.directory = directory;
        this.runtime = runtime;
    }

    /** How {@code service}, packaged in {@code app} and launched with {@code options}, starts under {@code policy}. */
    Plan plan(String service, Path app, List<String> options, CachePolicy policy) {
        if (policy == CachePolicy.PLAIN) {
            return new Plan(List.of(), "plain start (start-up cache off)", null, null);
        }
        pinLauncherTime(app);
        boolean aot = runtime.feature() >= 25;
        String kind = aot ? "AOT cache" : "AppCDS archive";
        Path cache = directory.resolve(service + "-" + key(app, options) + (aot ? ".aot" : ".jsa"));
        if (policy == CachePolicy.AUTO && Files.isRegularFile(cache)) {
            return new Plan(List.of((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache),
                    "trained start (" + kind + " " + directory.relativize(cache) + ", Java " + runtime.version() + ")", null, cache);
        }
        Path recording = directory.resolve(cache.getFileName() + ".recording");
        String why = policy == CachePolicy.TRAIN ? "asked to train"
                : existing(service).isEmpty() ? "no cache yet" : "jars, JDK or options changed since the last cache";
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(recording);
        } catch (IOException e) {
            return new Plan(List.of(), "plain start (cannot write " + directory + ": " + e.getMessage() + ")", null, null);
        }
        return new Plan(List.of((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + recording),
                "training start (" + why + "; the " + kind + " is written when the service stops, Java "
                        + runtime.version() + ")", recording, cache);
    }

    /**
     * Called once a launch's JVM has exited: keeps what a training run recorded as the service's cache (replacing
     * older ones), unless the JVM was killed before it could finish writing it.
     *
     * @return what happened, for the console, or null when there was nothing to do
     */
    String finish(String service, Plan plan, boolean killed) {
        if (!plan.training()) {
            return null;
        }
        try {
            Files.deleteIfExists(Path.of(plan.recording() + ".config")); // JDK 25's training configuration, if left
            if (killed || !Files.isRegularFile(plan.recording()) || Files.size(plan.recording()) == 0) {
                Files.deleteIfExists(plan.recording());
                return service + ": no start-up cache recorded (" + (killed ? "it was killed" : "the JVM wrote none")
                        + "); the next launch trains again";
            }
            Files.move(plan.recording(), plan.cache(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Path> kept = existing(service).stream()
                    .sorted(Comparator.comparing(StartupCache::modified).reversed()).toList();
            for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                Files.deleteIfExists(old);
            }
            return service + ": start-up cache recorded (" + Files.size(plan.cache()) / (1024 * 1024) + " MB, "
                    + directory.relativize(plan.cache()) + ")";
        } catch (IOException e) {
            return service + ": the start-up cache could not be kept: " + e.getMessage();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The caches kept for {@code service}, whatever their key. */
    private List<Path> existing(String service) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(service) + "-[0-9a-f]{16}\\.(aot|jsa)"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The hash of the runtime, the options and the packaged application, stable across a rebuild that changes
     * nothing (every build rewrites the application's jars with new timestamps, and Quarkus's generated bytecode
     * differs in its bytes from build to build): a released dependency in {@code lib} by its name and size (its
     * version is in its name); the other jars by their entries' names, sizes and CRCs (only names for Quarkus's
     * generated jars, which follow from the rest); any other file by its content.
     */
    String key(Path app, List<String> options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("java " + runtime.version() + "\n" + String.join(" ", options) + "\n").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(app)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> isPackaged(app, f)).sorted().toList()) {
                    String name = app.relativize(file).toString().replace('\\', '/');
                    digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                    if (name.startsWith("lib/") && !name.contains("SNAPSHOT")) {
                        digest.update((Files.size(file) + "\n").getBytes(StandardCharsets.UTF_8));
                    } else if (name.endsWith(".jar")) {
                        digest.update(entries(file, !name.startsWith("quarkus/")).getBytes(StandardCharsets.UTF_8));
                    } else {
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + app, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entries(Path jar, boolean withContent) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> !e.isDirectory())
                    .map(e -> e.getName() + (withContent ? " " + e.getSize() + " " + e.getCrc() : ""))
                    .sorted().collect(Collectors.joining("\n", "", "\n"));
        }
    }

    /**
     * Gives the fast-jar's launcher, which every build rewrites unchanged, a fixed modification time: the JVM
     * refuses a cache whose class path jars' times differ from the training run's.
     */
    static void pinLauncherTime(Path app) {
        try {
            Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), LAUNCHER_TIME);
        } catch (IOException e) {
            // the JVM then refuses the cache, with a warning, and starts plainly
        }
    }

    /** The fast-jar's launcher and its {@code lib}, {@code app} and {@code quarkus} directories. */
    private static boolean isPackaged(Path app, Path file) {
        String first = app.relativize(file).getName(0).toString();
        return first.equals("lib") || first.equals("app") || first.equals("quarkus") || first.equals("quarkus-run.jar");
    }
}
