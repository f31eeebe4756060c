package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.embedding.TextEmbedder;

class TopicPrototypesTest {

    private final AtomicInteger embedded = new AtomicInteger();
    private final TextEmbedder counting = batch -> {
        embedded.addAndGet(batch.size());
        return batch.stream().map(t -> new float[384]).toList();
    };

    private static TopicDefinition topic(int i) {
        return new TopicDefinition("topic " + i, "things about subject number " + i, List.of("kw" + i, "other" + i),
                TopicSource.CUSTOM);
    }

    @Test
    void theUserTopicsCacheStaysUnderItsByteBoundAndKeepsTheTopicsInUse() {
        long bound = 2L << 20;
        TopicPrototypes prototypes = new TopicPrototypes(counting, bound);
        TopicDefinition hot = topic(-1);
        for (int i = 0; i < 3_000; i++) {
            prototypes.user(List.of(hot, topic(i)));
        }
        long perTopic = TopicPrototypes.weight(new TopicPrototypes(counting, 0).user(List.of(topic(0))).get(0));
        assertTrue(prototypes.cachedBytes() <= bound, prototypes.cachedBytes() + " bytes");
        assertTrue(prototypes.cachedBytes() > bound - 8 * perTopic, "not emptied when full: " + prototypes.cachedBytes());
        int before = embedded.get();
        prototypes.user(List.of(hot));
        assertEquals(before, embedded.get(), "the topic in constant use is still cached");
    }

    @Test
    void theMissingTopicsAreEmbeddedTogetherAndTheCachedOnesReused() {
        List<List<String>> calls = new ArrayList<>();
        TopicPrototypes prototypes = new TopicPrototypes(batch -> {
            calls.add(batch);
            return batch.stream().map(t -> new float[] {1, 0}).toList();
        });
        TopicPrototypes.Prototype first = prototypes.user(List.of(topic(1))).get(0);
        List<TopicPrototypes.Prototype> both = prototypes.user(List.of(topic(2), topic(1), topic(3)));
        assertEquals(2, calls.size(), "one call for topic 1, one for topics 2 and 3 together");
        assertSame(first, both.get(1));
        assertEquals(List.of(topic(2), topic(1), topic(3)), both.stream().map(TopicPrototypes.Prototype::topic).toList());
        prototypes.forgetUserTopics();
        assertEquals(0, prototypes.cachedUserTopics());
        assertEquals(0, prototypes.cachedBytes());
    }

    @Test
    void aTopicBeingEmbeddedDoesNotBlockAnalysesOfCachedTopics() throws Exception {
        CountDownLatch inModel = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TopicPrototypes prototypes = slowFor("slow", inModel, release);
        prototypes.user(List.of(topic(1)));
        prototypes.builtIn();
        TopicDefinition slow = new TopicDefinition("slow", "", List.of(), TopicSource.CUSTOM);
        CompletableFuture<List<TopicPrototypes.Prototype>> embedding = CompletableFuture.supplyAsync(() -> prototypes.user(List.of(slow)));
        assertTrue(inModel.await(10, TimeUnit.SECONDS));
        try {
            assertEquals(1, CompletableFuture.supplyAsync(() -> prototypes.user(List.of(topic(1)))).get(10, TimeUnit.SECONDS).size());
            assertEquals(1, CompletableFuture.supplyAsync(() -> prototypes.user(List.of(topic(2)))).get(10, TimeUnit.SECONDS).size());
            assertFalse(embedding.isDone());
        } finally {
            release.countDown();
        }
        assertEquals(slow, embedding.get(10, TimeUnit.SECONDS).get(0).topic());
    }

    @Test
    void aTopicEmbeddedWhileTheTopicsAreForgottenIsNotKept() throws Exception {
        CountDownLatch inModel = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TopicPrototypes prototypes = slowFor("slow", inModel, release);
        TopicDefinition slow = new TopicDefinition("slow", "", List.of(), TopicSource.CUSTOM);
        CompletableFuture<List<TopicPrototypes.Prototype>> embedding = CompletableFuture.supplyAsync(() -> prototypes.user(List.of(slow)));
        assertTrue(inModel.await(10, TimeUnit.SECONDS));
        prototypes.forgetUserTopics(); // an erasure while the model runs
        release.countDown();
        assertEquals(slow, embedding.get(10, TimeUnit.SECONDS).get(0).topic(), "the request still gets its answer");
        assertEquals(0, prototypes.cachedUserTopics(), "but the erased definition is not cached afterwards");
    }

    /** Prototypes over a model that, for a batch holding {@code text}, says it is in and waits for {@code release}. */
    private static TopicPrototypes slowFor(String text, CountDownLatch inModel, CountDownLatch release) {
        return new TopicPrototypes(batch -> {
            if (batch.contains(text)) {
                inModel.countDown();
                awaitQuietly(release);
            }
            return batch.stream().map(t -> new float[] {1, 0}).toList();
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
