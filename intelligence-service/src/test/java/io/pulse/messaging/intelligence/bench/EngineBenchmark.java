package io.pulse.messaging.intelligence.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.EmbeddingTopicDetector;
import io.pulse.messaging.intelligence.engine.FollowUpDetector;
import io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.LocalConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/**
 * Engine benchmark (not a test): sentiment throughput on one thread, and the engine time of analysing a whole
 * conversation of 100 and 1,000 messages, embedding included. Runs only with {@code -Dpulse.bench=true}:
 * {@code ./mvnw -o -pl intelligence-service verify -Dtest=EngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}
 * (or its main method on the test class path).
 */
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
public final class EngineBenchmark {

    @Test
    void engines() throws Exception {
        run();
    }

    public static void main(String[] args) throws Exception {
        run();
        System.exit(0);
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static void run() throws Exception {
        List<String> texts = texts();
        LexiconSentimentAnalyzer sentiment = LexiconSentimentAnalyzer.builtIn();
        double sink = sentimentThroughput(sentiment, texts);
        for (int size : new int[] {100, 1000}) {
            List<ChatMessage> conversation = conversation(size, texts);
            // cold: a new embedder (empty cache) per run, its topic prototypes embedded before the clock starts, so the
            // conversation's windows are all embedded; warm: the same conversation analysed again (windows cached)
            for (boolean cold : new boolean[] {true, false}) {
                sink += conversationTimes(sentiment, conversation, cold);
            }
        }
        System.out.println("(checksum " + Math.round(sink) + ")");
    }

    /** The texts of the sentiment evaluation set. */
    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                EngineBenchmark.class.getResourceAsStream("/sentiment-eval.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    texts.add(line.substring(line.indexOf('\t') + 1));
                }
            }
        }
        return texts;
    }

    /** Prints how many texts one thread scores per second; the scores' sum, so that the work is not optimised away. */
    private static double sentimentThroughput(LexiconSentimentAnalyzer sentiment, List<String> texts) {
        double sink = 0;
        for (int i = 0; i < 100_000; i++) {
            sink += sentiment.analyze(texts.get(i % texts.size())).score();
        }
        int n = 500_000;
        long t0 = System.nanoTime();
        long cpu0 = threadCpu();
        for (int i = 0; i < n; i++) {
            sink += sentiment.analyze(texts.get(i % texts.size())).score();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threadCpu() - cpu0) / 1e9;
        System.out.printf("sentiment: %,d messages in %.2f s on one thread = %,.0f messages/s wall, %,.0f messages per CPU-second"
                + " of that thread (avg %.0f chars)%n", n, seconds, n / seconds, n / cpuSeconds,
                texts.stream().mapToInt(String::length).average().orElse(0));
        return sink;
    }

    private static List<ChatMessage> conversation(int size, List<String> texts) {
        List<ChatMessage> conversation = new ArrayList<>();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        for (int i = 0; i < size; i++) {
            at = at.plusSeconds(60 + (i * 37L) % 900);
            conversation.add(new ChatMessage("m" + i, "p" + (i % 4), "P" + (i % 4), texts.get(i % texts.size()), at, null));
        }
        return conversation;
    }

    /** Prints the engine's wall and CPU time over 15 analyses of the conversation (after 5 warm-up ones). */
    private static double conversationTimes(LexiconSentimentAnalyzer sentiment, List<ChatMessage> conversation, boolean cold) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Instant at = conversation.get(conversation.size() - 1).sentAt();
        MiniLmEmbedder shared = new MiniLmEmbedder();
        long[] runs = new long[15];
        long[] cpu = new long[15];
        long[] topicsOnly = new long[15];
        long[] callerCpu = new long[15];
        long misses = 0;
        double sink = 0;
        for (int r = -5; r < runs.length; r++) {
            MiniLmEmbedder embedder = cold ? new MiniLmEmbedder() : shared;
            EmbeddingTopicDetector detector = new EmbeddingTopicDetector(embedder);
            detector.detect(List.of(new ChatMessage("w", "p", "P", "warm-up", at, null)), List.of());
            LocalConversationInsightEngine engine = new LocalConversationInsightEngine(sentiment, detector, FollowUpDetector.defaults());
            long missesBefore = embedder.cacheStatistics()[1];
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            long threadStart = threadCpu();
            List<MessageFacts> facts = engine.analyzeMessages(conversation);
            long topicsStart = System.nanoTime();
            List<TopicEvidence> topics = engine.detectTopics(conversation, List.of());
            long topicsEnd = System.nanoTime();
            sink += engine.summarize(facts, topics, at.plusSeconds(600)).sentiment().score();
            if (r >= 0) {
                runs[r] = System.nanoTime() - start;
                cpu[r] = os.getProcessCpuTime() - cpuStart;
                callerCpu[r] = threadCpu() - threadStart;
                topicsOnly[r] = topicsEnd - topicsStart;
                misses += embedder.cacheStatistics()[1] - missesBefore;
            }
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        Arrays.sort(topicsOnly);
        Arrays.sort(callerCpu);
        System.out.printf("conversation of %,d messages, %s: engine wall time median %.1f ms (min %.1f, max %.1f), of which"
                + " topics (embedding) median %.1f ms; process CPU time median %.1f ms (all threads, embedding included),"
                + " of which the calling thread %.1f ms; %.1f texts embedded per run%n",
                conversation.size(), cold ? "first analysis (nothing cached)" : "re-analysis (windows cached)", runs[runs.length / 2] / 1e6,
                runs[0] / 1e6, runs[runs.length - 1] / 1e6, topicsOnly[topicsOnly.length / 2] / 1e6, cpu[cpu.length / 2] / 1e6,
                callerCpu[callerCpu.length / 2] / 1e6,
                misses / (double) runs.length);
        return sink;
    }
}
