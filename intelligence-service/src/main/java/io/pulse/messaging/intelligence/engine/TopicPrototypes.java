package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.pulse.messaging.common.embedding.TextEmbedder;
import io.pulse.messaging.common.embedding.VectorCache;

/**
 * What a topic's meaning is compared with: a few short texts per topic, embedded once and cached. A built-in topic has its
 * description and example sentences. A user's topic has its name, its name with its keywords ("travel: flight, hotel"),
 * each keyword alone and after the name ("travel: flight"), its description and the parts of the description of two
 * words or more ("pitch decks, term sheets" gives both), and its example phrases: so that a topic defined by a name and
 * a few keywords, without any sentence, still has several views of its meaning.
 *
 * <p>The user topics' prototypes are kept in a cache bounded in bytes ({@link #DEFAULT_CACHE_BYTES} unless told; a
 * topic weighs its vectors, its definition's text and some bookkeeping: 3 to 70 kB), the least recently and frequently used out (Caffeine's W-TinyLFU). The
 * model runs outside the cache: the topics missing are embedded together, then put.
 */
public final class TopicPrototypes {

    /** A topic and the vectors of its prototype texts. */
    public record Prototype(TopicDefinition topic, List<float[]> vectors) {
    }

    /** At most this many prototype texts per user topic (name, keywords, description parts, examples). */
    static final int MAX_TEXTS = 40;
    /** 8 MB: at least a hundred topics of 40 texts, typically several hundred (a user may save 50). */
    public static final long DEFAULT_CACHE_BYTES = 8L << 20;
    private static final int TOPIC_OVERHEAD_BYTES = 256;
    private static final Pattern DESCRIPTION_PARTS = Pattern.compile("[:;,.]");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)^(and|or) ");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TextEmbedder embedder;
    /** Embedded on first use (two first uses at once may both embed them; the same vectors). */
    private volatile List<Prototype> builtIn;
    /** A user topic's prototypes, built once per definition rather than on every analysis that names it. */
    private final Cache<TopicDefinition, Prototype> userCache;
    /** Counts {@link #forgetUserTopics()} calls, so that an embedding begun before one is not cached after it. */
    private final AtomicLong generation = new AtomicLong();

    public TopicPrototypes(TextEmbedder embedder) {
        this(embedder, DEFAULT_CACHE_BYTES);
    }

    /** @param cacheMaxBytes the user topics' cache bound (0: none kept) */
    public TopicPrototypes(TextEmbedder embedder, long cacheMaxBytes) {
        this.embedder = embedder;
        this.userCache = Caffeine.newBuilder()
                .maximumWeight(cacheMaxBytes)
                .weigher((TopicDefinition topic, Prototype prototype) -> weight(prototype))
                .executor(Runnable::run)
                .build();
    }

    /** The built-in topics' prototypes, embedded on first use. */
    public List<Prototype> builtIn() {
        List<Prototype> prototypes = builtIn;
        if (prototypes == null) {
            prototypes = embed(BuiltInTopics.ALL.stream().map(BuiltInTopics.Topic::definition).toList(),
                    BuiltInTopics.ALL.stream().map(TopicPrototypes::builtInTexts).toList());
            builtIn = prototypes;
        }
        return prototypes;
    }

    /**
     * The user topics' prototypes (cached per definition; the missing ones embedded together, outside the cache). A
     * {@link #forgetUserTopics()} while they are being embedded wins: what was embedded for the request is not kept.
     */
    public List<Prototype> user(List<TopicDefinition> topics) {
        long started = generation.get();
        Map<TopicDefinition, Prototype> found = new HashMap<>(userCache.getAllPresent(topics));
        List<TopicDefinition> missing = topics.stream().filter(t -> !found.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<TopicDefinition, Prototype> fresh = new HashMap<>();
            for (Prototype p : embed(missing, missing.stream().map(TopicPrototypes::userTexts).toList())) {
                fresh.put(p.topic(), p);
            }
            found.putAll(fresh);
            userCache.putAll(fresh);
            // Forgotten meanwhile (an erasure): take back what was just put; a forget after this point removes it itself.
            if (generation.get() != started) {
                userCache.invalidateAll(fresh.keySet());
            }
        }
        return topics.stream().map(found::get).toList();
    }

    /** Drops every cached user topic (they are built again when next named), and any being embedded now. */
    public void forgetUserTopics() {
        generation.incrementAndGet();
        userCache.invalidateAll();
        userCache.cleanUp();
    }

    /** How many user topics are cached. */
    public int cachedUserTopics() {
        userCache.cleanUp();
        return (int) userCache.estimatedSize();
    }

    /** The bytes the cached user topics weigh. */
    public long cachedBytes() {
        userCache.cleanUp();
        return userCache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    /** A topic's weight: its vectors, its definition's characters (two bytes each at most) and bookkeeping. */
    static int weight(Prototype prototype) {
        TopicDefinition t = prototype.topic();
        int chars = t.name().length() + t.description().length();
        for (String k : t.keywords()) {
            chars += k.length() + 24;
        }
        for (String e : t.examples()) {
            chars += e.length() + 24;
        }
        int vectors = prototype.vectors().stream().mapToInt(VectorCache::weight).sum();
        return TOPIC_OVERHEAD_BYTES + 2 * chars + vectors;
    }

    private static List<String> builtInTexts(BuiltInTopics.Topic topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.definition().description());
        texts.addAll(topic.examples());
        return texts;
    }

    /** The texts a user topic is compared with (see the class comment), without duplicates. */
    static List<String> userTexts(TopicDefinition topic) {
        Set<String> texts = new LinkedHashSet<>();
        String name = topic.name().replace('_', ' ').strip();
        texts.add(name);
        if (!topic.keywords().isEmpty()) {
            texts.add(name + ": " + String.join(", ", topic.keywords()));
        }
        if (!topic.description().isBlank()) {
            texts.add(name + ": " + topic.description().strip());
            texts.add(topic.description().strip());
            for (String part : DESCRIPTION_PARTS.split(topic.description())) {
                String p = LEADING_CONJUNCTION.matcher(part.strip()).replaceFirst("");
                if (WHITESPACE.split(p).length >= 2) {
                    texts.add(p);
                }
            }
        }
        for (String keyword : topic.keywords()) {
            texts.add(keyword);
            texts.add(name + ": " + keyword);
        }
        texts.addAll(topic.examples());
        return texts.stream().filter(t -> !t.isBlank()).limit(MAX_TEXTS).toList();
    }

    private List<Prototype> embed(List<TopicDefinition> topics, List<List<String>> texts) {
        List<float[]> vectors = embedder.embedAll(texts.stream().flatMap(List::stream).toList());
        List<Prototype> prototypes = new ArrayList<>(topics.size());
        int k = 0;
        for (int i = 0; i < topics.size(); i++) {
            int count = texts.get(i).size();
            prototypes.add(new Prototype(topics.get(i), List.copyOf(vectors.subList(k, k + count))));
            k += count;
        }
        return List.copyOf(prototypes);
    }
}
