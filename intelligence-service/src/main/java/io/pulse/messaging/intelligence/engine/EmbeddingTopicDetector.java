package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * Topics by meaning, with keywords as one more signal. Each message (its most substantial {@link #MAX_MESSAGE_VECTORS}
 * of two words or more) and each window of consecutive messages ({@link MessageWindows}) is embedded once and compared
 * with every topic's prototypes ({@link TopicPrototypes}); a message's closeness to a topic blends its own (70%) with its
 * window's (30%), keywords found in it are added, and the topics compete for the message through
 * {@link TopicCalibration} (the user's topics among themselves, the built-in ones among themselves): a message gets the (at most {@link #MAX_TOPICS_PER_MESSAGE}) topics whose confidence reaches
 * the calibration's minimum, possibly none. A one-word message ("ok", "thanks") gets a topic only from a keyword, and so
 * does a message beyond the per-call budget of vectors whose window is too long to speak for it (its meaning counts as
 * "none" for every topic, so its keywords decide).
 */
public final class EmbeddingTopicDetector implements TopicDetector {

    /** The most messages embedded one by one per call; the others are judged by their window (and keywords). */
    static final int MAX_MESSAGE_VECTORS = 64;
    static final double MESSAGE_SHARE = 0.7;
    static final int MAX_TOPICS_PER_MESSAGE = 3;

    private static final Comparator<TopicEvidence> MOST_CONFIDENT_FIRST =
            Comparator.comparingDouble(TopicEvidence::confidence).reversed();

    private final TextEmbedder embedder;
    private final TopicPrototypes prototypes;
    private final boolean builtInTopics;
    private final TopicCalibration calibration;

    public EmbeddingTopicDetector(TextEmbedder embedder) {
        this(embedder, true);
    }

    /** @param builtInTopics whether the built-in taxonomy is looked for beside the user's topics */
    public EmbeddingTopicDetector(TextEmbedder embedder, boolean builtInTopics) {
        this(embedder, builtInTopics, TopicCalibration.DEFAULT);
    }

    public EmbeddingTopicDetector(TextEmbedder embedder, boolean builtInTopics, TopicCalibration calibration) {
        this(embedder, builtInTopics, calibration, TopicPrototypes.DEFAULT_CACHE_BYTES);
    }

    /** @param topicCacheBytes the bound of the user topics' prototype cache, in bytes */
    public EmbeddingTopicDetector(TextEmbedder embedder, boolean builtInTopics, TopicCalibration calibration, long topicCacheBytes) {
        this.embedder = embedder;
        this.prototypes = new TopicPrototypes(embedder, topicCacheBytes);
        this.builtInTopics = builtInTopics;
        this.calibration = calibration;
    }

    @Override
    public List<TopicDefinition> builtInTopics() {
        return builtInTopics ? BuiltInTopics.ALL.stream().map(BuiltInTopics.Topic::definition).toList() : List.of();
    }

    @Override
    public void forgetUserTopics() {
        prototypes.forgetUserTopics();
    }

    /** How many users' topics this detector keeps embedded. */
    public int cachedUserTopics() {
        return prototypes.cachedUserTopics();
    }

    /** The bytes the cached user topics weigh. */
    public long cachedTopicBytes() {
        return prototypes.cachedBytes();
    }

    @Override
    public List<TopicEvidence> detect(List<ChatMessage> messages, List<TopicDefinition> userTopics) {
        List<TopicPrototypes.Prototype> topics = new ArrayList<>(builtInTopics ? prototypes.builtIn() : List.of());
        topics.addAll(prototypes.user(userTopics));
        if (messages.isEmpty() || topics.isEmpty()) {
            return List.of();
        }
        MessageVectors vectors = MessageVectors.embed(embedder, messages, MAX_MESSAGE_VECTORS);
        List<TopicEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            evidence.addAll(forMessage(messages.get(i), vectors.message(i), vectors.windowOf(i), vectors.windowSize(i), topics));
        }
        return evidence;
    }

    /** The message's best topics (at most three, most confident first), or none. */
    private List<TopicEvidence> forMessage(ChatMessage m, float[] own, float[] window, int windowSize,
            List<TopicPrototypes.Prototype> topics) {
        String text = TopicKeywords.padded(m.content());
        List<List<String>> hits = new ArrayList<>(topics.size());
        boolean anyHit = false;
        for (TopicPrototypes.Prototype topic : topics) {
            List<String> found = TopicKeywords.hits(text, topic.topic().keywords());
            hits.add(found);
            anyHit |= !found.isEmpty();
        }
        if (own == null && !anyHit && MessageClassifier.wordCount(m.content()) < 4) {
            return List.of();
        }
        double[] scores = new double[topics.size()];
        for (int t = 0; t < topics.size(); t++) {
            List<float[]> p = topics.get(t).vectors();
            double closeness = own == null && windowSize > MessageWindows.WINDOW_MESSAGES ? calibration.noneScore()
                    : own == null ? TopicCalibration.closeness(window, p)
                    : windowSize <= 1 ? TopicCalibration.closeness(own, p)
                    : MESSAGE_SHARE * TopicCalibration.closeness(own, p) + (1 - MESSAGE_SHARE) * TopicCalibration.closeness(window, p);
            scores[t] = calibration.score(closeness, hits.get(t).size());
        }
        double[] confidence = bySource(scores, topics);
        List<TopicEvidence> found = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            if (confidence[t] >= calibration.minConfidence()) {
                TopicDefinition topic = topics.get(t).topic();
                found.add(new TopicEvidence(m.id(), m.sentAt(), topic.name(), topic.source(), round(confidence[t]), hits.get(t)));
            }
        }
        found.sort(MOST_CONFIDENT_FIRST);
        return found.size() > MAX_TOPICS_PER_MESSAGE ? found.subList(0, MAX_TOPICS_PER_MESSAGE) : found;
    }

    /**
     * The confidences, the user's topics competing among themselves and the built-in ones among themselves: a user's topic
     * that overlaps a built-in one ("company travel" and "travel") is judged against the user's other topics, not
     * crowded out by the built-in taxonomy.
     */
    private double[] bySource(double[] scores, List<TopicPrototypes.Prototype> topics) {
        double[] confidence = new double[scores.length];
        for (TopicSource source : TopicSource.values()) {
            int[] members = java.util.stream.IntStream.range(0, topics.size())
                    .filter(t -> topics.get(t).topic().source() == source).toArray();
            double[] group = new double[members.length];
            for (int k = 0; k < members.length; k++) {
                group[k] = scores[members[k]];
            }
            double[] shares = calibration.confidences(group);
            for (int k = 0; k < members.length; k++) {
                confidence[members[k]] = shares[k];
            }
        }
        return confidence;
    }

    /** The conversation's topics from the evidence of its messages, most confident first. */
    public static List<TopicInsight> aggregate(List<TopicEvidence> evidence) {
        Map<String, List<TopicEvidence>> byTopic = new LinkedHashMap<>();
        for (TopicEvidence e : evidence) {
            byTopic.computeIfAbsent(e.source() + ":" + e.topic(), k -> new ArrayList<>()).add(e);
        }
        List<TopicInsight> topics = new ArrayList<>();
        for (List<TopicEvidence> support : byTopic.values()) {
            support.sort(MOST_CONFIDENT_FIRST);
            double best = support.get(0).confidence();
            double confidence = Math.min(1, 0.75 * best + 0.25 * (1 - Math.exp(-support.size() / 3.0)));
            List<String> ids = support.stream().map(TopicEvidence::messageId).distinct().limit(10).toList();
            List<String> keywords = support.stream().flatMap(e -> e.keywords().stream()).distinct().limit(8).toList();
            topics.add(new TopicInsight(support.get(0).topic(), support.get(0).source(), round(confidence), ids, keywords));
        }
        topics.sort(Comparator.comparingDouble(TopicInsight::confidence).reversed());
        return topics;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
