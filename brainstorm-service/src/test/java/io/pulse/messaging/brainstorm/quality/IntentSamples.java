package io.pulse.messaging.brainstorm.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer.IdeaInput;
import io.pulse.messaging.testing.quality.DevData;

/**
 * Seeded samples of hwu64 (ideas = utterances, true groups = intents): {@code intents} intents drawn at random, then
 * {@code perIntent} of each one's utterances. Utterances repeated within an intent are kept once.
 */
record IntentSamples(Map<String, List<String>> byIntent) {

    /** One sample: the ideas in a random order and each idea's intent. */
    record Sample(List<IdeaInput> ideas, List<String> intents, int k) {
    }

    static IntentSamples load() {
        Map<String, List<String>> byIntent = new TreeMap<>();
        for (List<String> row : DevData.tsv("hwu64/utterances.tsv")) {
            List<String> texts = byIntent.computeIfAbsent(row.get(1), k -> new ArrayList<>());
            if (!texts.contains(row.get(2))) {
                texts.add(row.get(2));
            }
        }
        return new IntentSamples(byIntent);
    }

    Sample draw(int intents, int perIntent, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(byIntent.keySet().stream().filter(k -> byIntent.get(k).size() >= perIntent).toList());
        Collections.shuffle(names, random);
        Map<IdeaInput, String> drawn = new LinkedHashMap<>();
        for (String intent : names.subList(0, intents)) {
            List<String> texts = new ArrayList<>(byIntent.get(intent));
            Collections.shuffle(texts, random);
            for (String text : texts.subList(0, perIntent)) {
                drawn.put(new IdeaInput(new UUID(random.nextLong(), random.nextLong()), text, new UUID(0, drawn.size() % 7)), intent);
            }
        }
        List<IdeaInput> ideas = new ArrayList<>(drawn.keySet());
        Collections.shuffle(ideas, random);
        return new Sample(ideas, ideas.stream().map(drawn::get).toList(), intents);
    }
}
