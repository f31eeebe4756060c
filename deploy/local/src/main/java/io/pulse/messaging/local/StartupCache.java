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
 * other JVM options: changed code or dependencies, another JDK or other options mean a new training run. A cache the JVM refuses anyway (it checks the class path and the options itself) means
 * a plain start (the JVM's own fallback): the launch logs the JVM's CDS/AOT messages, {@link #confirm} reads them once
 * the service is ready and deletes a refused cache, so that the next launch trains again. Each cache is 70-125 MB.
 *
 * <p>The services are packaged as Quarkus's {@code aot-jar}: every jar is on the JVM's class path, so the cache holds
 * their classes loaded and linked (with the {@code fast-jar}, Quarkus's own class loader loads them, and the JVM can
 * only store them unlinked: a trained start of auto-response took 30% more CPU). A cache goes with the copy of the
 * application it was trained on ({@link StagedApp}), since the JVM checks each class path jar's time and size.
 */
final class StartupCache {

    /**
     * How one launch starts.
     *
     * @param jvmOptions the options that use or record the cache (none for a plain start)
     * @param description one line for the console: which start it is, and why
     * @param recording where the training run writes its cache (null unless training)
     * @param cache where the cache is kept once recorded
     * @param launcher the staged launcher jar the cache goes with ({@link StagedApp}); null: the packaged one
     */
    record Plan(List<String> jvmOptions, String description, Path recording, Path cache, Path launcher) {

        static Plan plain(String description) {
            return new Plan(List.of(), description, null, null, null);
        }

        boolean training() {
            return recording != null;
        }

        /** The jar to launch: the staged one, or else {@code packaged}. */
        Path jar(Path packaged) {
            return launcher == null ? packaged : launcher;
        }
    }

    /**
     * What a training run adds after the service's own options. The JVM writes the cache's classes, and on JDK 25 the
     * training data (profiles) besides, into a buffer the size of the compressed class space, which the service's
     * {@code -XX:MaxMetaspaceSize} (128 MB) shrinks to about 117 MB: a training run that served real requests needs
     * more ("Unable to allocate from 'ro' region", exit code 1, no cache). The cap is lifted for that run only; a
     * start from the cache keeps the service's options (the mapped cache is not counted in its metaspace).
     */
    static final String TRAINING_METASPACE = "-XX:MaxMetaspaceSize=512m";

    /** How many caches are kept per service (say one per JDK, plus the benchmark's, whose options differ). */
    static final int KEPT = 3;

    private final Path directory;
    private final JavaRuntime runtime;

    StartupCache(Path directory, JavaRuntime runtime) {
        this.directory = directory;
        this.runtime = runtime;
    }

    /** How {@code service}, packaged in {@code app} and launched with {@code options}, starts under {@code policy}. */
    Plan plan(String service, Path app, List<String> options, CachePolicy policy) {
        if (policy == CachePolicy.PLAIN) {
            return Plan.plain("plain start (start-up cache off)");
        }
        boolean aot = runtime.feature() >= 25;
        String kind = aot ? "AOT cache" : "AppCDS archive";
        Path cache = directory.resolve(service + "-" + key(app, options) + (aot ? ".aot" : ".jsa"));
        if (policy == CachePolicy.AUTO && Files.isRegularFile(cache)) {
            touch(cache); // the caches are evicted by last use
            Path launcher;
            try {
                launcher = StagedApp.stage(app, StagedApp.of(cache), false); // there since its training, unless deleted
            } catch (IOException e) {
                return Plan.plain("plain start (cannot stage the application in " + directory + ": " + e.getMessage() + ")");
            }
            return new Plan(List.of((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache, CacheVerdict.logOption(aot, cache)),
                    "start from the " + kind + " " + directory.relativize(cache) + " if the JVM accepts it, Java " + runtime.version(),
                    null, cache, launcher);
        }
        Path recording = directory.resolve(cache.getFileName() + ".recording");
        String why = policy == CachePolicy.TRAIN ? "asked to train"
                : existing(service).isEmpty() ? "no cache yet" : "jars, JDK or options changed since the last cache";
        Path launcher;
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(recording);
            launcher = StagedApp.stage(app, StagedApp.of(cache), true);
        } catch (IOException e) {
            return Plan.plain("plain start (cannot write " + directory + ": " + e.getMessage() + ")");
        }
        return new Plan(List.of(TRAINING_METASPACE, (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + recording),
                "training start (" + why + "; the " + kind + " is written when the service stops, Java "
                        + runtime.version() + ")", recording, cache, launcher);
    }

    /**
     * Called once a launch's JVM has exited: keeps what a training run recorded as the service's cache (replacing
     * older ones) only if that run completed: the service became ready, exited normally (0, or 130/143 after
     * SIGINT/SIGTERM) and, on JDK 25, the JVM said the AOT cache creation completed; else the recording is deleted.
     *
     * @param exit how the run ended
     * @return what happened, for the console, or null when there was nothing to do
     */
    String finish(String service, Plan plan, TrainingExit exit) {
        if (!plan.training()) {
            return null;
        }
        try {
            Files.deleteIfExists(Path.of(plan.recording() + ".config")); // JDK 25's training configuration, if left
            deleteStaleRecordings(service, plan.recording());
            String refused = exit.refusal(runtime.feature() >= 25);
            if (refused == null && (!Files.isRegularFile(plan.recording()) || Files.size(plan.recording()) == 0)) {
                refused = "the JVM wrote none";
            }
            if (refused != null) {
                Files.deleteIfExists(plan.recording());
                if (!Files.exists(plan.cache())) {
                    StagedApp.delete(StagedApp.of(plan.cache()));
                }
                return service + ": no start-up cache recorded (" + refused + "); the next launch trains again";
            }
            Files.move(plan.recording(), plan.cache(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Path> kept = existing(service).stream()
                    .sorted(Comparator.comparing(StartupCache::modified).reversed()).toList();
            for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                Files.deleteIfExists(old);
                StagedApp.delete(StagedApp.of(old));
            }
            return service + ": start-up cache recorded (" + Files.size(plan.cache()) / (1024 * 1024) + " MB, "
                    + directory.relativize(plan.cache()) + ")";
        } catch (IOException e) {
            return service + ": the start-up cache could not be kept: " + e.getMessage();
        }
    }

    /**
     * Called once a start from a cache is ready: whether the JVM used the cache, read from its CDS/AOT log; a refused
     * cache is deleted, so that the next launch trains again.
     *
     * @return the start's description for the console: "trained start (...)" or "plain start (cache refused: ...)"
     */
    String confirm(Plan plan) {
        if (plan.training() || plan.cache() == null) {
            return plan.description();
        }
        String refused = CacheVerdict.refusal(plan.cache(), runtime.feature() >= 25);
        if (refused != null) {
            try {
                Files.deleteIfExists(plan.cache());
                StagedApp.delete(StagedApp.of(plan.cache())); // restaged by the next training run
            } catch (IOException e) {
                // the key stays; the next launch is refused again and retries the deletion
            }
            return "plain start (cache refused: " + refused + "; deleted, the next launch trains again)";
        }
        return "trained start (" + (runtime.feature() >= 25 ? "AOT cache " : "AppCDS archive ")
                + directory.relativize(plan.cache()) + ", Java " + runtime.version() + ")";
    }

    /** Deletes {@code service}'s recordings other than {@code current}: left by runs killed before they finished. */
    private void deleteStaleRecordings(String service, Path current) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(service + "-")
                    && f.getFileName().toString().contains(".recording")).toList()) {
                if (!file.equals(current)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // eviction then goes by the cache's creation
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
     * generated jars, which follow from the rest); any other file by its content. The class path's jars in
     * {@code lib/boot} also by their modification times and sizes (they keep the local repository's times: a
     * re-download changes them). The JVM checks the times and sizes of the class path's jars against the cache's: a
     * cache runs with the copy of the application it was trained on ({@link StagedApp}), made once per key. A cache
     * the JVM refuses all the same is detected at start ({@link #confirm}) and deleted, with its copy.
     */
    String key(Path app, List<String> options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("java " + runtime.version() + "\n" + String.join(" ", options) + "\n").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(app)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> isPackaged(app, f)).sorted().toList()) {
                    String name = app.relativize(file).toString().replace('\\', '/');
                    digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                    if (name.startsWith("lib/boot/")) { // on the class path: the JVM checks their times and sizes
                        digest.update((Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    } else if (name.startsWith("lib/") && !name.contains("SNAPSHOT")) {
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

    /** The fast-jar's launcher and its {@code lib}, {@code app} and {@code quarkus} directories. */
    private static boolean isPackaged(Path app, Path file) {
        String first = app.relativize(file).getName(0).toString();
        return first.equals("lib") || first.equals("app") || first.equals("quarkus") || first.equals("quarkus-run.jar");
    }
}
