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
 * </ul>
 */
public record EmbeddingSettings(long cacheMaxBytes, int intraOpThreads, boolean cpuArena, boolean memoryPattern) {

    public static final long DEFAULT_CACHE_BYTES = 16L << 20;
    public static final EmbeddingSettings DEFAULTS = new EmbeddingSettings(DEFAULT_CACHE_BYTES, 1, false, false);

    public EmbeddingSettings {
        if (cacheMaxBytes < 0 || intraOpThreads < 1) {
            throw new IllegalArgumentException("cache bytes >= 0 and intra-op threads >= 1");
        }
    }

    /** The defaults with another cache bound. */
    public static EmbeddingSettings withCacheBytes(long cacheMaxBytes) {
        return new EmbeddingSettings(cacheMaxBytes, DEFAULTS.intraOpThreads, DEFAULTS.cpuArena, DEFAULTS.memoryPattern);
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
                value(config, "pulse.embedding.onnx.memory-pattern", Boolean::parseBoolean, DEFAULTS.memoryPattern));
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
