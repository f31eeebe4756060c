package io.pulse.messaging.intelligence.engine.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelText;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/**
 * Validates the topics the model gave one message: each must be one of the topics the request listed (the built-in
 * taxonomy and the user's own; a name that is in neither is dropped, however plausible), with a confidence in [0, 1];
 * a keyword is kept only if the message contains it (the evidence shown to the user is the user's own text). As for the
 * local engine, topics under {@value #MIN_CONFIDENCE} are not kept and a message keeps its {@value #PER_MESSAGE} most
 * confident topics.
 */
final class TopicCheck {

    static final double MIN_CONFIDENCE = 0.4;
    static final int PER_MESSAGE = 3;
    static final int KEYWORDS = 5;
    static final int KEYWORD_CHARS = 40;

    /** The topics the model may name, by lower-case name; a user topic wins over a built-in one of the same name. */
    private final Map<String, TopicDefinition> catalogue = new LinkedHashMap<>();

    TopicCheck(List<TopicDefinition> builtIn, List<TopicDefinition> custom) {
        builtIn.forEach(t -> catalogue.put(key(t.name()), t));
        custom.forEach(t -> catalogue.put(key(t.name()), t));
    }

    List<TopicDefinition> catalogue() {
        return List.copyOf(catalogue.values());
    }

    /**
     * The message's topics; an empty list when the model found none, null (the local engine's topics are used) when it
     * gave some and every one was dropped, or gave no topics field at all.
     */
    List<TopicEvidence> check(ChatMessage message, List<InsightAnswer.Topic> topics, Drops drops) {
        if (topics == null) {
            return null;
        }
        List<TopicEvidence> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int valid = 0;
        String text = message.content().toLowerCase(Locale.ROOT);
        for (InsightAnswer.Topic topic : topics) {
            TopicDefinition definition = topic == null || topic.name() == null ? null : catalogue.get(key(topic.name()));
            if (definition == null) {
                drops.drop("unknown-topic");
            } else if (topic.confidence() == null || !(topic.confidence() >= 0 && topic.confidence() <= 1)) {
                drops.drop("confidence-out-of-range");
            } else if (!seen.add(key(definition.name()))) {
                drops.drop("duplicate-topic");
            } else {
                valid++;
                if (topic.confidence() >= MIN_CONFIDENCE) {
                    kept.add(new TopicEvidence(message.id(), message.sentAt(), definition.name(), definition.source(),
                            ModelSentiment.round(topic.confidence()), keywords(text, topic.keywords(), drops)));
                }
            }
        }
        if (valid == 0 && !topics.isEmpty()) {
            return null;
        }
        kept.sort(Comparator.comparingDouble(TopicEvidence::confidence).reversed());
        return kept.size() > PER_MESSAGE ? List.copyOf(kept.subList(0, PER_MESSAGE)) : kept;
    }

    private static List<String> keywords(String text, List<String> keywords, Drops drops) {
        if (keywords == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String keyword : keywords) {
            String k = ModelText.tidyOrNull(keyword);
            if (k == null || k.length() > KEYWORD_CHARS || !text.contains(k.toLowerCase(Locale.ROOT))) {
                drops.drop("keyword-not-in-message");
            } else if (kept.size() < KEYWORDS && !kept.contains(k.toLowerCase(Locale.ROOT))) {
                kept.add(k.toLowerCase(Locale.ROOT));
            }
        }
        return kept;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
