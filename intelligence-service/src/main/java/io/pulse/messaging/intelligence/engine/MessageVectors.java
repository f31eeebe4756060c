package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * The vectors one detection compares with the topics, embedded in one batch: the windows' ({@link MessageWindows}) and
 * those of the most substantial messages of two words or more (at most a given number; a window of one message reuses
 * that message's vector). The number of texts embedded is bounded whatever the conversation's length.
 */
final class MessageVectors {

    private final float[][] messages;
    private final float[][] windows;
    private final int[] windowOf;
    private final int[] windowSize;

    private MessageVectors(float[][] messages, float[][] windows, int[] windowOf, int[] windowSize) {
        this.messages = messages;
        this.windows = windows;
        this.windowOf = windowOf;
        this.windowSize = windowSize;
    }

    static MessageVectors embed(TextEmbedder embedder, List<ChatMessage> messages, int maxMessageVectors) {
        int n = messages.size();
        List<Integer> own = IntStream.range(0, n).boxed()
                .filter(i -> MessageClassifier.wordCount(messages.get(i).content()) >= 2)
                .sorted(Comparator.comparingInt((Integer i) -> -messages.get(i).content().strip().length()))
                .limit(maxMessageVectors).sorted().toList();
        boolean[] hasOwn = new boolean[n];
        own.forEach(i -> hasOwn[i] = true);
        List<int[]> ranges = MessageWindows.ranges(n);
        List<String> texts = new ArrayList<>();
        own.forEach(i -> texts.add(messages.get(i).content()));
        List<Integer> embeddedWindows = new ArrayList<>();
        for (int w = 0; w < ranges.size(); w++) {
            int[] r = ranges.get(w);
            if (r[1] - r[0] > 1 || !hasOwn[r[0]]) {
                embeddedWindows.add(w);
                texts.add(MessageWindows.text(messages, r[0], r[1]));
            }
        }
        List<float[]> vectors = embedder.embedAll(texts);
        float[][] messageVectors = new float[n][];
        for (int k = 0; k < own.size(); k++) {
            messageVectors[own.get(k)] = vectors.get(k);
        }
        float[][] windowVectors = new float[ranges.size()][];
        for (int k = 0; k < embeddedWindows.size(); k++) {
            windowVectors[embeddedWindows.get(k)] = vectors.get(own.size() + k);
        }
        int[] windowOf = new int[n];
        int[] windowSize = new int[n];
        for (int w = 0; w < ranges.size(); w++) {
            int[] r = ranges.get(w);
            if (windowVectors[w] == null) {
                windowVectors[w] = messageVectors[r[0]];
            }
            for (int i = r[0]; i < r[1]; i++) {
                windowOf[i] = w;
                windowSize[i] = r[1] - r[0];
            }
        }
        return new MessageVectors(messageVectors, windowVectors, windowOf, windowSize);
    }

    /** The message's own vector, or null when it was not embedded alone. */
    float[] message(int i) {
        return messages[i];
    }

    float[] windowOf(int i) {
        return windows[windowOf[i]];
    }

    int windowSize(int i) {
        return windowSize[i];
    }
}
