package io.pulse.messaging.intelligence.quality;

import io.pulse.messaging.intelligence.engine.*;

import io.pulse.messaging.common.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The detector as it was before issue 13 (kept as the evaluation's baseline only). */
final class PreviousTopicDetector implements TopicDetector {

    static final int MAX_WINDOWS = 8;
    static final int WINDOW_MESSAGES = 4;
    static final int WINDOW_CHARS = 240;
    /** The shortest part of a message a window keeps (enough for a clause). */
    static final int MESSAGE_CHARS = 70;
    /**
     * Cosine similarities (of the quantised MiniLM) at or below LOW mean nothing; at HIGH or above, a clear match. A
     * three-message window about a puppy and a vet scores about 0.29 against "pets" and at most 0.13 against the
     * unrelated built-in topics.
     */
    static final double LOW = 0.15;
    static final double HIGH = 0.40;
    /** How far above the mean similarity over all topics a clear match stands. */
    static final double MARGIN = 0.10;
    static final double MIN_CONFIDENCE = 0.4;
    static final int MAX_TOPICS_PER_MESSAGE = 3;

    private final TextEmbedder embedder;
    private volatile List<Prototype> builtIn;
    private final Map<String, float[]> userTopicCache = new ConcurrentHashMap<>();
    /** A user topic's prototypes, built once per definition rather than on every analysis that names it. */
    private final Map<TopicDefinition, Prototype> userPrototypeCache = new ConcurrentHashMap<>();
    private static final Pattern DESCRIPTION_PARTS = Pattern.compile("[:;,.]");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)^(and|or) ");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Comparator<TopicEvidence> MOST_CONFIDENT_FIRST =
            Comparator.comparingDouble(TopicEvidence::confidence).reversed();

    private record Prototype(TopicDefinition topic, List<float[]> vectors) {
    }

    PreviousTopicDetector(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public List<TopicDefinition> builtInTopics() {
        return BuiltInTopics.ALL.stream().map(BuiltInTopics.Topic::definition).toList();
    }

    @Override
    public List<TopicEvidence> detect(List<ChatMessage> messages, List<TopicDefinition> userTopics) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Prototype> prototypes = new ArrayList<>(builtIn());
        for (TopicDefinition user : userTopics) {
            prototypes.add(userPrototype(user));
        }

        int perWindow = Math.max(WINDOW_MESSAGES, (int) Math.ceil(messages.size() / (double) MAX_WINDOWS));
        List<String> texts = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (int start = 0; start < messages.size(); start += perWindow) {
            int end = Math.min(messages.size(), start + perWindow);
            ranges.add(new int[] {start, end});
            texts.add(windowText(messages, start, end));
        }
        List<float[]> vectors = embedder.embedAll(texts);

        List<TopicEvidence> evidence = new ArrayList<>();
        for (int w = 0; w < ranges.size(); w++) {
            double[] semantic = new double[prototypes.size()];
            double mean = 0;
            for (int t = 0; t < prototypes.size(); t++) {
                double best = 0;
                for (float[] p : prototypes.get(t).vectors()) {
                    best = Math.max(best, TextEmbedder.cosine(vectors.get(w), p));
                }
                semantic[t] = best;
                mean += best / prototypes.size();
            }
            for (int t = 0; t < prototypes.size(); t++) {
                semantic[t] = calibrate(semantic[t], mean);
            }
            for (int i = ranges.get(w)[0]; i < ranges.get(w)[1]; i++) {
                ChatMessage m = messages.get(i);
                String lower = " " + m.content().toLowerCase(Locale.ROOT) + " ";
                boolean substantial = MessageClassifier.wordCount(m.content()) >= 4;
                List<TopicEvidence> forMessage = new ArrayList<>();
                for (int t = 0; t < prototypes.size(); t++) {
                    TopicDefinition topic = prototypes.get(t).topic();
                    List<String> hits = keywordHits(lower, topic.keywords());
                    double keyword = hits.isEmpty() ? 0 : hits.size() == 1 ? 0.55 : 0.8;
                    double meaning = substantial || !hits.isEmpty() ? semantic[t] : 0;
                    double confidence = 1 - (1 - 0.85 * meaning) * (1 - 0.6 * keyword);
                    if (confidence >= MIN_CONFIDENCE) {
                        forMessage.add(new TopicEvidence(m.id(), m.sentAt(), topic.name(), topic.source(), round(confidence), hits));
                    }
                }
                forMessage.sort(MOST_CONFIDENT_FIRST);
                evidence.addAll(forMessage.size() > MAX_TOPICS_PER_MESSAGE ? forMessage.subList(0, MAX_TOPICS_PER_MESSAGE) : forMessage);
            }
        }
        return evidence;
    }

    /** The conversation's topics from the evidence of its messages, most confident first. */
    public static List<TopicInsight> aggregate(List<TopicEvidence> evidence) {
        Map<String, List<TopicEvidence>> byTopic = new LinkedHashMap<>();
        for (TopicEvidence e : evidence) {
            byTopic.computeIfAbsent(e.source() + ":" + e.topic(), k -> new ArrayList<>()).add(e);
        }
        List<TopicInsight> topics = new ArrayList<>();
        for (List<TopicEvidence> support : byTopic.values()) {
            support.sort(Comparator.comparingDouble(TopicEvidence::confidence).reversed());
            double best = support.get(0).confidence();
            double confidence = Math.min(1, 0.75 * best + 0.25 * (1 - Math.exp(-support.size() / 3.0)));
            List<String> ids = support.stream().map(TopicEvidence::messageId).distinct().limit(10).toList();
            List<String> keywords = support.stream().flatMap(e -> e.keywords().stream()).distinct().limit(8).toList();
            topics.add(new TopicInsight(support.get(0).topic(), support.get(0).source(), round(confidence), ids, keywords));
        }
        topics.sort(Comparator.comparingDouble(TopicInsight::confidence).reversed());
        return topics;
    }

    /**
     * Closeness to a topic as a degree in [0, 1]: high absolute similarity, and standing out from the other
     * topics (MiniLM gives every pair of short texts some similarity, so a flat profile means "no topic").
     */
    static double calibrate(double similarity, double meanOverTopics) {
        double absolute = Math.max(0, Math.min(1, (similarity - LOW) / (HIGH - LOW)));
        double distinct = Math.max(0, Math.min(1, (similarity - meanOverTopics) / MARGIN));
        return absolute * distinct;
    }

    /**
     * The window's text: its messages in order, each cut to an equal share of {@link #WINDOW_CHARS} (at least
     * {@link #MESSAGE_CHARS}); when they do not all fit, the longest (most substantial) ones are kept.
     */
    static String windowText(List<ChatMessage> messages, int start, int end) {
        int count = end - start;
        int share = Math.max(MESSAGE_CHARS, WINDOW_CHARS / count);
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = start + i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -messages.get(i).content().strip().length()));
        boolean[] kept = new boolean[count];
        int used = 0;
        for (Integer i : order) {
            if (used >= WINDOW_CHARS) {
                break;
            }
            kept[i - start] = true;
            used += Math.min(share, messages.get(i).content().strip().length()) + 1;
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (kept[i - start]) {
                String content = messages.get(i).content().strip();
                text.append(content, 0, Math.min(content.length(), share)).append('\n');
            }
        }
        return text.toString();
    }

    /** The keywords found in the text; an empty immutable list (no allocation) for the usual message that has none. */
    static List<String> keywordHits(String paddedLower, List<String> keywords) {
        List<String> hits = null;
        for (String k : keywords) {
            int at = paddedLower.indexOf(k);
            while (at >= 0) {
                char before = paddedLower.charAt(at - 1 < 0 ? 0 : at - 1);
                if (at == 0 || !Character.isLetterOrDigit(before)) {
                    int after = at + k.length();
                    // short keywords must be whole words; stems of five letters or more match word starts
                    if (k.length() >= 5 || after >= paddedLower.length() || !Character.isLetterOrDigit(paddedLower.charAt(after))) {
                        if (hits == null) {
                            hits = new ArrayList<>(2);
                        }
                        hits.add(k);
                        break;
                    }
                }
                at = paddedLower.indexOf(k, at + 1);
            }
        }
        return hits == null ? List.of() : hits;
    }

    private List<Prototype> builtIn() {
        List<Prototype> prototypes = builtIn;
        if (prototypes == null) {
            synchronized (this) {
                if (builtIn == null) {
                    List<String> texts = new ArrayList<>();
                    for (BuiltInTopics.Topic topic : BuiltInTopics.ALL) {
                        texts.add(topic.definition().description());
                        texts.addAll(topic.examples());
                    }
                    List<float[]> vectors = embedder.embedAll(texts);
                    List<Prototype> loaded = new ArrayList<>();
                    int k = 0;
                    for (BuiltInTopics.Topic topic : BuiltInTopics.ALL) {
                        int count = 1 + topic.examples().size();
                        loaded.add(new Prototype(topic.definition(), List.copyOf(vectors.subList(k, k + count))));
                        k += count;
                    }
                    builtIn = List.copyOf(loaded);
                }
                prototypes = builtIn;
            }
        }
        return prototypes;
    }

    /**
     * What a user topic is compared with: its name, its description, both together, and each part of the description
     * of two words or more ("Raising money from investors: pitch decks, term sheets" gives "pitch decks" and "term
     * sheets"), as the built-in topics are compared with several example sentences.
     */
    static List<String> userPrototypes(TopicDefinition topic) {
        List<String> texts = new ArrayList<>();
        String name = topic.name().replace('_', ' ').strip();
        texts.add(name + ": " + topic.description());
        texts.add(topic.description());
        texts.add(name);
        for (String part : DESCRIPTION_PARTS.split(topic.description())) {
            String p = LEADING_CONJUNCTION.matcher(part.strip()).replaceFirst("");
            if (WHITESPACE.split(p).length >= 2 && !texts.contains(p) && texts.size() < 9) {
                texts.add(p);
            }
        }
        return texts;
    }

    private Prototype userPrototype(TopicDefinition topic) {
        Prototype cached = userPrototypeCache.get(topic);
        if (cached == null) {
            if (userPrototypeCache.size() > 500) {
                userPrototypeCache.clear();
            }
            cached = new Prototype(topic, userPrototypes(topic).stream().map(this::userVector).toList());
            userPrototypeCache.put(topic, cached);
        }
        return cached;
    }

    private float[] userVector(String text) {
        if (userTopicCache.size() > 2_000) {
            userTopicCache.clear();
        }
        return userTopicCache.computeIfAbsent(text, embedder::embed);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
