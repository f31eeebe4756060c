package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class VectorCacheTest {

    /** A fake model: a 384-float vector derived from the text, counting the texts it is given. */
    private static final class CountingModel implements Function<List<String>, List<float[]>> {
        final AtomicInteger texts = new AtomicInteger();
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public synchronized List<float[]> apply(List<String> batch) {
            texts.addAndGet(batch.size());
            calls.add(batch);
            return batch.stream().map(CountingModel::vector).toList();
        }

        static float[] vector(String text) {
            float[] v = new float[384];
            v[Math.floorMod(text.hashCode(), 384)] = 1;
            v[0] += text.length();
            return v;
        }
    }

    @Test
    void staysUnderItsByteBoundAfterManyInsertsAndKeepsTheRecentlyUsed() {
        long bound = 1L << 20;
        VectorCache cache = new VectorCache(bound);
        CountingModel model = new CountingModel();
        for (int i = 0; i < 5_000; i++) {
            cache.vectors(List.of("text " + i, "text " + (i + 1)), model);
            cache.vectors(List.of("kept hot"), model);
        }
        long perEntry = VectorCache.weight(new float[384]);
        assertTrue(cache.weightedBytes() <= bound, cache.weightedBytes() + " bytes");
        assertTrue(cache.weightedBytes() > bound - 64 * perEntry, "the bound is used, not emptied: " + cache.weightedBytes());
        assertEquals(cache.size() * perEntry, cache.weightedBytes());
        int before = model.texts.get();
        cache.vectors(List.of("kept hot"), model);
        assertEquals(before, model.texts.get(), "a text in constant use is still cached");
    }

    @Test
    void embedsTheDistinctMissingTextsTogetherOnceAndKeepsTheOrder() {
        VectorCache cache = new VectorCache(EmbeddingSettings.DEFAULT_CACHE_BYTES);
        CountingModel model = new CountingModel();
        cache.vectors(List.of("a"), model);
        List<float[]> vectors = cache.vectors(List.of("b", "a", "c", "b"), model);
        assertEquals(List.of(List.of("a"), List.of("b", "c")), model.calls.stream()
                .map(batch -> batch.stream().sorted().toList()).toList());
        assertArrayEquals(CountingModel.vector("b"), vectors.get(0));
        assertArrayEquals(CountingModel.vector("a"), vectors.get(1));
        assertArrayEquals(CountingModel.vector("c"), vectors.get(2));
        assertArrayEquals(CountingModel.vector("b"), vectors.get(3));
        assertArrayEquals(new long[] {2, 3}, cache.statistics(), "a from the cache, b repeated; a, b, c embedded");
    }

    @Test
    void aThreadEmbeddingDoesNotBlockAnotherReadingOrEmbedding() throws Exception {
        VectorCache cache = new VectorCache(EmbeddingSettings.DEFAULT_CACHE_BYTES);
        CountingModel model = new CountingModel();
        cache.vectors(List.of("cached"), model);
        CountDownLatch inModel = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<String>, List<float[]>> slow = batch -> {
            inModel.countDown();
            await(release);
            return batch.stream().map(CountingModel::vector).toList();
        };
        CompletableFuture<List<float[]>> embedding = CompletableFuture.supplyAsync(() -> cache.vectors(List.of("slow text"), slow));
        assertTrue(inModel.await(10, TimeUnit.SECONDS));
        try {
            List<float[]> read = CompletableFuture.supplyAsync(() -> cache.vectors(List.of("cached"), model)).get(10, TimeUnit.SECONDS);
            assertArrayEquals(CountingModel.vector("cached"), read.get(0));
            List<float[]> other = CompletableFuture.supplyAsync(() -> cache.vectors(List.of("another"), model)).get(10, TimeUnit.SECONDS);
            assertNotNull(other.get(0));
            assertFalse(embedding.isDone(), "the first thread is still in its model");
        } finally {
            release.countDown();
        }
        assertArrayEquals(CountingModel.vector("slow text"), embedding.get(10, TimeUnit.SECONDS).get(0));
    }

    @Test
    void aZeroBoundKeepsNothing() {
        VectorCache cache = new VectorCache(0);
        CountingModel model = new CountingModel();
        cache.vectors(List.of("a"), model);
        cache.vectors(List.of("a"), model);
        assertEquals(2, model.texts.get());
        assertEquals(0, cache.weightedBytes());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
