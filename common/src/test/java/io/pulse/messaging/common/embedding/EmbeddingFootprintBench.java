package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The embedding model's memory: the process's resident set before the model loads, once loaded, and after embedding
 * 2,000 texts of one to eight sentences (then 2,000 more, to see whether native memory keeps growing), with the session
 * settings given as {@code pulse.embedding.*} system properties. Not in the normal run:
 * {@code ./mvnw -o -q -pl common -am test -Dtest=EmbeddingFootprintBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpulse.bench=true -Dpulse.data=/work/shared/data -DargLine=-Xmx256m [-Dpulse.embedding.onnx.cpu-arena=true ...]}.
 * Texts: HWU64 utterances when {@code pulse.data} is given, generated sentences otherwise.
 */
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
class EmbeddingFootprintBench {

    @Test
    void residentSetBeforeAndAfterTheModel() throws IOException {
        List<String> texts = texts(4_000);
        EmbeddingSettings settings = settings();
        System.gc();
        String before = line("before the model", 0, 0);
        long t0 = System.nanoTime();
        MiniLmEmbedder embedder = new MiniLmEmbedder(settings);
        embedder.embed("warm up");
        String loaded = line("model loaded", System.nanoTime() - t0, 1);
        t0 = System.nanoTime();
        embedder.embedAll(texts.subList(0, 2_000));
        String first = line("2,000 texts embedded", System.nanoTime() - t0, 2_000);
        t0 = System.nanoTime();
        embedder.embedAll(texts.subList(2_000, 4_000));
        String second = line("2,000 more", System.nanoTime() - t0, 2_000);
        System.out.printf(Locale.ROOT, "%nembedding footprint, %s, vector cache %d bytes (of %d)%n%s%n%s%n%s%n%s%n",
                settings, embedder.cachedBytes(), settings.cacheMaxBytes(), before, loaded, first, second);
        assertTrue(embedder.cachedBytes() <= settings.cacheMaxBytes());
    }

    static EmbeddingSettings settings() {
        EmbeddingSettings d = EmbeddingSettings.DEFAULTS;
        return new EmbeddingSettings(
                Long.getLong("pulse.embedding.cache.max-bytes", d.cacheMaxBytes()),
                Integer.getInteger("pulse.embedding.onnx.intra-op-threads", d.intraOpThreads()),
                Boolean.parseBoolean(System.getProperty("pulse.embedding.onnx.cpu-arena", "" + d.cpuArena())),
                Boolean.parseBoolean(System.getProperty("pulse.embedding.onnx.memory-pattern", "" + d.memoryPattern())),
                Integer.getInteger("pulse.embedding.onnx.max-concurrent", d.maxConcurrent()));
    }

    private static String line(String phase, long nanos, int count) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        return String.format(Locale.ROOT, "  %-22s RSS %6.1f MB (anon %6.1f MB)  heap committed %6.1f MB, used %6.1f MB  %s",
                phase, status("VmRSS") / 1024.0, status("RssAnon") / 1024.0, runtime.totalMemory() / 1048576.0,
                heapUsed / 1048576.0, count == 0 ? "" : String.format(Locale.ROOT, "%.2f ms/text", nanos / 1e6 / count));
    }

    /** A /proc/self/status field, in kB. */
    static long status(String field) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith(field + ":")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Texts of one to eight sentences (conversation windows are several messages long). */
    static List<String> texts(int count) throws IOException {
        List<String> sentences = new ArrayList<>();
        String data = System.getProperty("pulse.data");
        if (data != null) {
            for (String row : Files.readAllLines(Path.of(data, "hwu64", "utterances.tsv")).subList(1, 2 * count)) {
                sentences.add(row.split("\t")[2]);
            }
        } else {
            String[] words = "the deploy failed again can you check logs lunch at noon invoice march review plan".split(" ");
            for (int i = 0; i < 2 * count; i++) {
                StringBuilder s = new StringBuilder("message " + i);
                for (int w = 0; w < 4 + i % 9; w++) {
                    s.append(' ').append(words[(i * 7 + w * 3) % words.length]);
                }
                sentences.add(s.toString());
            }
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(String.join(". ", sentences.subList(i, i + 1 + i % 8)));
        }
        return texts;
    }
}
