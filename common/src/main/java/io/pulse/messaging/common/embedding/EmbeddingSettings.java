package io.pulse.messaging.common.embedding;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a {@link MiniLmEmbedder} keeps its vectors and runs its ONNX session. The services read it from their configuration
 * ({@link #fromConfig()}); the keys and defaults:
 * <ul>
 * <li>{@code pulse.embedding.cache.max-bytes} (16M): the vector cache's bound in bytes, counting each vector, its key and
 * the cache's own bookkeeping (about 1.7 kB per text: 16 MB holds about 9,900 texts, what the previous 8,192-entry cache
 * held in intelligence, and every idea of five 2,000-idea brainstorm sessions re-clustered at once). 0: no cache.</li>
 * <li>{@code pulse.embedding.onnx.intra-op-threads} (1): threads one text's inference may use; 1 runs it on the calling
 * thread (no pool of spinning threads on a shared machine).</li>
 * <li>{@code pulse.embedding.onnx.cpu-arena} (false): ONNX Runtime's CPU arena keeps every buffer it ever allocated, so
 * native memory grows with the longest input seen and never shrinks; off, each run's buffers are freed.</li>
 * <li>{@code pulse.embedding.onnx.memory-pattern} (false): pre-planned allocations per input shape, which are kept per
 * shape seen (every text length): off bounds native memory, for little cost on a model this small.</li>
 * <li>{@code pulse.embedding.onnx.max-concurrent} (the CPUs available): at most this many inferences at once in the
 * process, the others wait their turn (a turn is up to 8 texts, so a long batch does not hold back a short request). Each
 * running inference holds native buffers that the C allocator keeps once freed, so the process's native memory follows
 * how many ever ran at once; more than the CPUs cannot be faster. 16 threads embedding on 2 CPUs: 39-53 MB outside the
 * JVM bounded, 65-70 MB unbounded, at no loss of texts per second (bench/README.md). 0: no bound.</li>
 * </ul>
 */
public record EmbeddingSettings(long cacheMaxBytes, int intraOpThreads, boolean cpuArena, boolean memoryPattern,
        int maxConcurrent) {

    public static final long DEFAULT_CACHE_BYTES = 16L << 20;
    static final int DEFAULT_MAX_CONCURRENT = Runtime.getRuntime().availableProcessors();
    public static final EmbeddingSettings DEFAULTS = new EmbeddingSettings(DEFAULT_CACHE_BYTES, 1, false, false,
            DEFAULT_MAX_CONCURRENT);

    public EmbeddingSettings {
        if (cacheMaxBytes < 0 || intraOpThreads < 1 || maxConcurrent < 0) {
            throw new IllegalArgumentException("cache bytes >= 0, intra-op threads >= 1 and max concurrent >= 0");
        }
    }

    /** At most as many inferences at once as there are CPUs. */
    public EmbeddingSettings(long cacheMaxBytes, int intraOpThreads, boolean cpuArena, boolean memoryPattern) {
        this(cacheMaxBytes, intraOpThreads, cpuArena, memoryPattern, DEFAULT_MAX_CONCURRENT);
    }

    /** The defaults with another cache bound. */
    public static EmbeddingSettings withCacheBytes(long cacheMaxBytes) {
        return new EmbeddingSettings(cacheMaxBytes, DEFAULTS.intraOpThreads, DEFAULTS.cpuArena, DEFAULTS.memoryPattern,
                DEFAULTS.maxConcurrent);
    }

    /** What the ONNX session depends on (the cache bound and the concurrency bound do not). */
    EmbeddingSettings session() {
        return new EmbeddingSettings(0, intraOpThreads, cpuArena, memoryPattern, 0);
    }

    /** The settings from the application's configuration (each key optional, see the class comment). */
    public static EmbeddingSettings fromConfig() {
        return from(ConfigProvider.getConfig());
    }

    static EmbeddingSettings from(Config config) {
        return new EmbeddingSettings(
                value(config, "pulse.embedding.cache.max-bytes", EmbeddingSettings::bytes, DEFAULTS.cacheMaxBytes),
                value(config, "pulse.embedding.onnx.intra-op-threads", Integer::parseInt, DEFAULTS.intraOpThreads),
                value(config, "pulse.embedding.onnx.cpu-arena", Boolean::parseBoolean, DEFAULTS.cpuArena),
                value(config, "pulse.embedding.onnx.memory-pattern", Boolean::parseBoolean, DEFAULTS.memoryPattern),
                value(config, "pulse.embedding.onnx.max-concurrent", Integer::parseInt, DEFAULTS.maxConcurrent));
    }

    /**
     * The settings from system properties and environment variables alone ({@code PULSE_EMBEDDING_ONNX_CPU_ARENA} for
     * {@code pulse.embedding.onnx.cpu-arena}, as Quarkus maps them), for a process's main before the application's
     * configuration exists: what {@link #fromConfig()} gives unless {@code application.properties} sets a key.
     */
    public static EmbeddingSettings fromEnvironment() {
        return new EmbeddingSettings(
                raw("pulse.embedding.cache.max-bytes", EmbeddingSettings::bytes, DEFAULTS.cacheMaxBytes),
                raw("pulse.embedding.onnx.intra-op-threads", Integer::parseInt, DEFAULTS.intraOpThreads),
                raw("pulse.embedding.onnx.cpu-arena", Boolean::parseBoolean, DEFAULTS.cpuArena),
                raw("pulse.embedding.onnx.memory-pattern", Boolean::parseBoolean, DEFAULTS.memoryPattern),
                raw("pulse.embedding.onnx.max-concurrent", Integer::parseInt, DEFAULTS.maxConcurrent));
    }

    private static <T> T raw(String key, Function<String, T> parse, T otherwise) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? otherwise : parse.apply(value.strip());
    }

    private static <T> T value(Config config, String key, Function<String, T> parse, T otherwise) {
        return config.getOptionalValue(key, String.class).map(String::strip).map(parse).orElse(otherwise);
    }

    /** "16777216", "16384K", "16M" or "1G" (powers of 1024), as Quarkus's memory sizes. */
    static long bytes(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        int shift = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? t : t.substring(0, t.length() - 1).strip()) << shift;
    }
}
