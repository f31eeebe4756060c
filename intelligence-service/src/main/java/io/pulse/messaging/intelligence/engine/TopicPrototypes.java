package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * What a topic's meaning is compared with: a few short texts per topic, embedded once and cached. A built-in topic has its
 * description and example sentences. A user's topic has its name, its name with its keywords ("travel: flight, hotel"),
 * each keyword alone and after the name ("travel: flight"), its description and the parts of the description of two
 * words or more ("pitch decks, term sheets" gives both), and its example phrases: so that a topic defined by a name and
 * a few keywords, without any sentence, still has several views of its meaning.
 */
public final class TopicPrototypes {

    /** A topic and the vectors of its prototype texts. */
    public record Prototype(TopicDefinition topic, List<float[]> vectors) {
    }

    /** At most this many prototype texts per user topic (name, keywords, description parts, examples). */
    static final int MAX_TEXTS = 40;
    private static final Pattern DESCRIPTION_PARTS = Pattern.compile("[:;,.]");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)^(and|or) ");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TextEmbedder embedder;
    private volatile List<Prototype> builtIn;
    /** A user topic's prototypes, built once per definition rather than on every analysis that names it. */
    private final Map<TopicDefinition, Prototype> userCache = new ConcurrentHashMap<>();

    public TopicPrototypes(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The built-in topics' prototypes, embedded on first use. */
    public List<Prototype> builtIn() {
        List<Prototype> prototypes = builtIn;
        if (prototypes == null) {
            synchronized (this) {
                if (builtIn == null) {
                    builtIn = embed(BuiltInTopics.ALL.stream().map(BuiltInTopics.Topic::definition).toList(),
                            BuiltInTopics.ALL.stream().map(TopicPrototypes::builtInTexts).toList());
                }
                prototypes = builtIn;
            }
        }
        return prototypes;
    }

    /** The user topics' prototypes (cached per definition; the new ones embedded together). */
    public List<Prototype> user(List<TopicDefinition> topics) {
        List<TopicDefinition> missing = topics.stream().filter(t -> !userCache.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            if (userCache.size() + missing.size() > 2_000) {
                userCache.clear();
            }
            for (Prototype p : embed(missing, missing.stream().map(TopicPrototypes::userTexts).toList())) {
                userCache.put(p.topic(), p);
            }
        }
        List<Prototype> prototypes = new ArrayList<>(topics.size());
        for (TopicDefinition topic : topics) {
            Prototype cached = userCache.get(topic);
            prototypes.add(cached != null ? cached : embed(List.of(topic), List.of(userTexts(topic))).get(0));
        }
        return prototypes;
    }

    /** Drops every cached user topic (they are built again when next named). */
    public void forgetUserTopics() {
        userCache.clear();
    }

    /** How many user topics are cached. */
    public int cachedUserTopics() {
        return userCache.size();
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
