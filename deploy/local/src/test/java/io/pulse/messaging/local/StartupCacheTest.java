package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which start a launch is, what a training run leaves behind, and what makes a cache stale. */
class StartupCacheTest {

    private static final JavaRuntime JDK17 = new JavaRuntime(Path.of("java"), "17.0.15+6", 17);
    private static final JavaRuntime JDK25 = new JavaRuntime(Path.of("java"), "25.0.3+9-LTS", 25);
    private static final List<String> OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC");

    @TempDir
    Path temp;
    private Path app;
    private Path caches;

    @BeforeEach
    void packaged() throws IOException {
        app = Files.createDirectories(temp.resolve("quarkus-app"));
        Files.createDirectories(app.resolve("lib/main"));
        jar(app.resolve("quarkus-run.jar"), "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        Files.writeString(app.resolve("lib/main/a.jar"), "aaaa");
        caches = temp.resolve("aot");
    }

    @Test
    void theFirstLaunchTrainsAndTheNextStartsFromTheCache() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        assertTrue(training.training());
        assertEquals(List.of(StartupCache.TRAINING_METASPACE, "-XX:AOTCacheOutput=" + training.recording()), training.jvmOptions());
        assertTrue(training.description().startsWith("training start (no cache yet"), training.description());
        Files.writeString(training.recording(), "cache"); // what the JVM writes as it exits
        Files.writeString(Path.of(training.recording() + ".config"), "config");
        assertTrue(cache.finish("svc", training, COMPLETED_25).contains("recorded"));
        assertFalse(Files.exists(Path.of(training.recording() + ".config")));

        StartupCache.Plan trained = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        assertFalse(trained.training());
        assertEquals("-XX:AOTCache=" + training.cache(), trained.jvmOptions().get(0));
        assertFalse(trained.description().startsWith("trained start"), "not before the JVM confirms it: " + trained.description());
        assertTrue(trained.jvmOptions().get(1).startsWith("-Xlog:aot=info"), trained.jvmOptions().toString());
        Files.writeString(CacheVerdict.log(trained.cache()), "[0.01s][info][aot] Opened AOT cache " + trained.cache()
                + ".\n[0.02s][info][aot] Mapped static region #0 at base 0x1\n");
        assertTrue(cache.confirm(trained).startsWith("trained start"), cache.confirm(trained));
    }

    private static final TrainingExit COMPLETED_25 = new TrainingExit(true, 143, "AOTCache creation is complete: x.aot\n");

    @Test
    void aCacheTheJvmRefusesIsReportedAsAPlainStartAndDeletedSoTheNextLaunchTrains() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK17);
        StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        Files.writeString(training.recording(), "cache");
        cache.finish("svc", training, new TrainingExit(true, 0, ""));
        StartupCache.Plan trained = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        Files.writeString(CacheVerdict.log(trained.cache()), "[0.4s][info][cds] Opened archive x.jsa.\n"
                + "[0.5s][warning][cds,dynamic] Unable to use shared archive. The top archive failed to load: x.jsa\n");
        String started = cache.confirm(trained);
        assertTrue(started.startsWith("plain start (cache refused: Unable to use shared archive"), started);
        assertFalse(Files.exists(trained.cache()));
        assertTrue(cache.plan("svc", app, OPTIONS, CachePolicy.AUTO).training());
    }

    @Test
    void readsTheJvmsVerdictFromItsCdsLog() {
        assertEquals(null, CacheVerdict.refusal("[0.1s][info][cds] Opened archive a.jsa.\n"
                + "[0.1s][info][cds] Mapped dynamic region #0 at base 0x7f\n", false));
        assertEquals("UseSharedSpaces: Unable to map shared spaces", CacheVerdict.refusal(
                "[0.02s][info][cds] _magic expected: 0xf00baba2\n[0.03s][info][cds] UseSharedSpaces: Unable to map shared spaces\n", false));
        assertEquals("the JVM's log does not show it mapped", CacheVerdict.refusal("[0.1s][info][cds] trying to map a.jsa\n", false));
        assertTrue(CacheVerdict.refusal("[0.1s][warning][aot] The AOT cache was created by a different version\n", true)
                .startsWith("The AOT cache"));
        assertEquals(null, CacheVerdict.refusal("[0.002s][info][aot] Opened AOT cache a.aot.\n"
                + "[0.002s][info][aot] Mapped static  region #0 at base 0x86001000\n"
                + "[0.138s][warning][aot                ] Failed to link AdapterHandlerEntry (fp=LLLLLLLLILIL) to its code in "
                + "the AOT code cache\n", true), "one adapter regenerated, the cache used (seen in a start of auto-response)");
    }

    @Test
    void aRecordingIsKeptOnlyFromARunThatBecameReadyExitedNormallyAndCompletedTheCache() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        for (TrainingExit failed : List.of(new TrainingExit(false, 143, "AOTCache creation is complete"),
                new TrainingExit(true, 1, "AOTCache creation is complete"), new TrainingExit(true, 143, "cut short"))) {
            StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
            Files.writeString(training.recording(), "partial");
            assertTrue(cache.finish("svc", training, failed).contains("no start-up cache"), failed.toString());
            assertFalse(Files.exists(training.recording()));
            assertFalse(Files.exists(training.cache()));
        }
        StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        Files.writeString(training.recording(), "whole");
        assertTrue(cache.finish("svc", training, new TrainingExit(true, 130, "AOTCache creation is complete")).contains("recorded"));
    }

    @Test
    void staleRecordingsAreCleanedAndCachesEvictedByLastUse() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK17);
        Files.createDirectories(caches);
        Path stale = Files.writeString(caches.resolve("svc-00000000000000aa.jsa.recording"), "left by a killed run");
        Path used = Files.writeString(caches.resolve("svc-" + cache.key(app, OPTIONS) + ".jsa"), "in daily use");
        Files.setLastModifiedTime(used, FileTime.fromMillis(1_000));
        for (int i = 0; i < StartupCache.KEPT; i++) {
            Files.setLastModifiedTime(Files.writeString(caches.resolve("svc-00000000000000b" + i + ".jsa"), "newer"),
                    FileTime.fromMillis(2_000));
        }
        assertFalse(cache.plan("svc", app, OPTIONS, CachePolicy.AUTO).training()); // uses, and so touches, the cache
        StartupCache.Plan training = cache.plan("svc", app, List.of("-Xmx1g"), CachePolicy.AUTO);
        Files.writeString(training.recording(), "new");
        cache.finish("svc", training, new TrainingExit(true, 0, ""));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(used), "the cache last used is kept");
        assertTrue(Files.exists(training.cache()));
    }

    @Test
    void aTrainingRunThatCouldNotWriteItsCacheSaysWhy() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        Files.writeString(training.recording(), "half");
        String log = "[39.8s][error  ][aot] [ro      ] 0x1 - 0x2 capacity = 64434176, allocated = 64434176\n"
                + "[39.8s][error  ][aot] Unable to allocate from 'ro' region: Please reduce the number of shared classes.\n"
                + "[39.8s][error  ][aot] An error has occurred while writing the shared archive file.\n";
        String outcome = cache.finish("svc", training, new TrainingExit(true, 1, log));
        assertTrue(outcome.contains("exited with code 1: Unable to allocate from 'ro' region"), outcome);
        assertFalse(Files.exists(training.recording()));
        assertEquals(null, new TrainingExit(true, 1, "no JVM error").firstError());
    }

    @Test
    void jdk17To24UseDynamicAppCds() {
        StartupCache.Plan training = new StartupCache(caches, JDK17).plan("svc", app, OPTIONS, CachePolicy.AUTO);
        assertEquals(List.of(StartupCache.TRAINING_METASPACE, "-XX:ArchiveClassesAtExit=" + training.recording()), training.jvmOptions());
        assertTrue(training.cache().toString().endsWith(".jsa"));
    }

    @Test
    void aKilledTrainingRunLeavesNoCache() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        Files.writeString(training.recording(), "half");
        assertTrue(cache.finish("svc", training, new TrainingExit(true, -1, "")).contains("no start-up cache"));
        assertFalse(Files.exists(training.recording()));
        assertTrue(cache.plan("svc", app, OPTIONS, CachePolicy.AUTO).training());
    }

    @Test
    void anotherBuildJdkOrOptionsChangesTheKey() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        String key = cache.key(app, OPTIONS);
        assertEquals(key, cache.key(app, OPTIONS));
        assertNotEquals(key, new StartupCache(caches, JDK17).key(app, OPTIONS));
        assertNotEquals(key, cache.key(app, List.of("-Xmx96m", "-XX:+UseSerialGC")));
        Files.writeString(app.resolve("lib/main/a.jar"), "aaaaa");
        assertNotEquals(key, cache.key(app, OPTIONS));
    }

    @Test
    void theClassPathJarsTimesAreInTheKeyForTheJvmChecksThem() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK17);
        Path boot = Files.writeString(Files.createDirectories(app.resolve("lib/boot")).resolve("quarkus-bootstrap-runner.jar"), "b");
        Files.setLastModifiedTime(boot, FileTime.fromMillis(1_000_000));
        String key = cache.key(app, OPTIONS);
        Files.setLastModifiedTime(boot, FileTime.fromMillis(2_000_000)); // re-downloaded into the local repository
        assertNotEquals(key, cache.key(app, OPTIONS));
    }

    @Test
    void aRebuildThatChangesNothingButModificationTimesKeepsTheKey() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        jar(app.resolve("lib/main/pulse-common-1.0.0-SNAPSHOT.jar"), "A.class", "common");
        String key = cache.key(app, OPTIONS);
        jar(app.resolve("quarkus-run.jar"), "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"); // rewritten, same entries
        jar(app.resolve("lib/main/pulse-common-1.0.0-SNAPSHOT.jar"), "A.class", "common");
        Files.setLastModifiedTime(app.resolve("lib/main/a.jar"), FileTime.fromMillis(1_000));
        Files.createDirectories(app.resolve("quarkus"));
        jar(app.resolve("quarkus/generated-bytecode.jar"), "Proxy.class", "bytes");
        String withGenerated = cache.key(app, OPTIONS);
        assertNotEquals(key, withGenerated);
        key = withGenerated;
        jar(app.resolve("quarkus/generated-bytecode.jar"), "Proxy.class", "other bytes, other size");
        assertEquals(key, cache.key(app, OPTIONS));
        jar(app.resolve("lib/main/pulse-common-1.0.0-SNAPSHOT.jar"), "A.class", "COMMON"); // same size, new code
        assertNotEquals(key, cache.key(app, OPTIONS));
    }

    @Test
    void aCacheRunsWithTheCopyOfTheApplicationItWasTrainedOnAcrossRebuilds() throws IOException {
        StartupCache cache = new StartupCache(caches, JDK25);
        jar(app.resolve("lib/main/pulse-common-1.0.0-SNAPSHOT.jar"), "A.class", "common");
        StartupCache.Plan training = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        Path stage = StagedApp.of(training.cache());
        assertEquals(stage.resolve("quarkus-run.jar"), training.jar(app.resolve("quarkus-run.jar")));
        assertEquals(Files.readString(app.resolve("lib/main/a.jar")), Files.readString(stage.resolve("lib/main/a.jar")));
        assertTrue(Files.isSameFile(app.resolve("lib/main/a.jar"), stage.resolve("lib/main/a.jar")), "a released jar is linked");
        assertFalse(Files.isSameFile(app.resolve("lib/main/pulse-common-1.0.0-SNAPSHOT.jar"),
                stage.resolve("lib/main/pulse-common-1.0.0-SNAPSHOT.jar")), "a snapshot jar is copied");
        Files.writeString(training.recording(), "cache");
        cache.finish("svc", training, COMPLETED_25);
        FileTime staged = Files.getLastModifiedTime(stage.resolve("quarkus-run.jar"));

        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // rebuilt
        StartupCache.Plan trained = cache.plan("svc", app, OPTIONS, CachePolicy.AUTO);
        assertFalse(trained.training());
        assertEquals(stage.resolve("quarkus-run.jar"), trained.launcher());
        assertEquals(staged, Files.getLastModifiedTime(trained.launcher()), "the copy the cache was trained on, untouched");

        Files.writeString(CacheVerdict.log(trained.cache()), "[0.01s][warning][aot] This file is not the one used while building\n");
        assertTrue(cache.confirm(trained).startsWith("plain start (cache refused"));
        assertFalse(Files.exists(stage), "a refused cache's copy goes with it");
        assertTrue(cache.plan("svc", app, OPTIONS, CachePolicy.AUTO).training());
        assertTrue(Files.isRegularFile(stage.resolve("quarkus-run.jar")), "staged afresh for the new training run");
    }

    @Test
    void plainStartsRunThePackagedApplication() {
        StartupCache.Plan plain = new StartupCache(caches, JDK25).plan("svc", app, OPTIONS, CachePolicy.PLAIN);
        assertEquals(app.resolve("quarkus-run.jar"), plain.jar(app.resolve("quarkus-run.jar")));
        assertFalse(Files.exists(caches));
    }

    private static void jar(Path file, String entry, String content) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new java.util.zip.ZipEntry(entry));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void plainStartsNeitherUseNorRecord() {
        StartupCache.Plan plain = new StartupCache(caches, JDK25).plan("svc", app, OPTIONS, CachePolicy.PLAIN);
        assertEquals(List.of(), plain.jvmOptions());
        assertFalse(plain.training());
        assertEquals(null, new StartupCache(caches, JDK25).finish("svc", plain, COMPLETED_25));
    }

    @Test
    void readsTheFeatureRelease() {
        assertEquals(17, JavaRuntime.feature("17.0.15+6-Debian-1deb12u1"));
        assertEquals(25, JavaRuntime.feature("25"));
    }
}
