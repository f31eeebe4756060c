package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The model's memory under concurrent load, as an analysis at 16 clients puts it: 16 threads each embed their own
 * texts (one to eight sentences, and windows of three of them, as the topic detector's), none cached, while the
 * process's resident set is sampled every 20 ms; then the peak, native memory tracking's committed total (what the JVM
 * accounts for) and the rest (outside the JVM: ONNX Runtime), and the single-thread cost per text. Not in the normal
 * run: {@code ./mvnw -o -q -pl common test -Dtest=EmbeddingConcurrencyBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpulse.bench=true -Dpulse.data=/work/shared/data "-DargLine=-Xmx256m -XX:NativeMemoryTracking=summary"
 * [-Dpulse.embedding.onnx.cpu-arena=true -Dpulse.embedding.onnx.memory-pattern=true -Dpulse.embedding.onnx.max-concurrent=2]}.
 */
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
class EmbeddingConcurrencyBench {

    private static final int THREADS = Integer.getInteger("pulse.bench.threads", 16);
    private static final int PER_THREAD = Integer.getInteger("pulse.bench.texts", 120);

    @Test
    void peakResidentSetUnderConcurrentInference() throws Exception {
        EmbeddingSettings settings = EmbeddingFootprintBench.settings();
        List<String> texts = EmbeddingFootprintBench.texts(THREADS * PER_THREAD + 400);
        MiniLmEmbedder embedder = new MiniLmEmbedder(
                new EmbeddingSettings(0, settings.intraOpThreads(), settings.cpuArena(), settings.memoryPattern(), settings.maxConcurrent()));
        embedder.embed("warm up");
        long loaded = EmbeddingFootprintBench.status("VmRSS");
        long t0 = System.nanoTime();
        embedder.embedAll(texts.subList(0, 200));
        double msPerText = (System.nanoTime() - t0) / 1e6 / 200;
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(residentKb(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> done = new ArrayList<>();
        t0 = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            List<String> own = windows(texts.subList(400 + t * PER_THREAD, 400 + (t + 1) * PER_THREAD));
            done.add(pool.submit(() -> embedder.embedAll(own).size()));
        }
        int embedded = 0;
        for (Future<Integer> f : done) {
            embedded += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.shutdownNow();
        pool.shutdown();
        long nmt = nmtCommittedKb();
        long after = EmbeddingFootprintBench.status("VmRSS");
        System.out.printf(Locale.ROOT, "%nconcurrent embedding, %s, %d threads%n  RSS loaded %.1f MB, peak %.1f MB, after %.1f MB;"
                + " NMT committed %.1f MB, outside the JVM (after) %.1f MB%n  %.2f ms/text single thread; %d texts in %.1f s"
                + " concurrently (%.1f texts/s)%n", settings, THREADS, loaded / 1024.0, peak.get() / 1024.0, after / 1024.0,
                nmt / 1024.0, (after - nmt) / 1024.0, msPerText, embedded, seconds, embedded / seconds);
        assertEquals(THREADS * PER_THREAD * 4 / 3, embedded);
    }

    /** The texts and, after every three, the window of those three (the topic detector embeds both). */
    private static List<String> windows(List<String> texts) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            all.add(texts.get(i));
            if (i % 3 == 2) {
                all.add(String.join(" ", texts.subList(i - 2, i + 1)));
            }
        }
        return all;
    }

    private static long nmtCommittedKb() throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "vmNativeMemory", new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
        Matcher m = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB").matcher(out.toString());
        return m.find() ? Long.parseLong(m.group(2)) : -1;
    }

    private static long residentKb() {
        try {
            return EmbeddingFootprintBench.status("VmRSS");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
