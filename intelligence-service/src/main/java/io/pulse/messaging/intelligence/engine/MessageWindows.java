package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The conversation side of topic detection: consecutive messages grouped into short windows (a topic is carried by a
 * few messages together more than by any one "ok, thanks"). A long conversation is cut into at most {@link #MAX_WINDOWS}
 * windows and a window's text into at most {@link #WINDOW_CHARS} characters (its most substantial messages, in order),
 * so a 1,000-message conversation costs about as much embedding as a 32-message one.
 */
public final class MessageWindows {

    static final int MAX_WINDOWS = 8;
    static final int WINDOW_MESSAGES = 4;
    static final int WINDOW_CHARS = 240;
    /** The shortest part of a message a window keeps (enough for a clause). */
    static final int MESSAGE_CHARS = 70;

    private MessageWindows() {
    }

    /** The windows' [start, end) message ranges, in order. */
    static List<int[]> ranges(int messages) {
        int perWindow = Math.max(WINDOW_MESSAGES, (int) Math.ceil(messages / (double) MAX_WINDOWS));
        List<int[]> ranges = new ArrayList<>();
        for (int start = 0; start < messages; start += perWindow) {
            ranges.add(new int[] {start, Math.min(messages, start + perWindow)});
        }
        return ranges;
    }

    /**
     * The window's text: its messages in order, each cut to an equal share of {@link #WINDOW_CHARS} (at least
     * {@link #MESSAGE_CHARS}); when they do not all fit, the longest (most substantial) ones are kept.
     */
    static String text(List<ChatMessage> messages, int start, int end) {
        int count = end - start;
        int share = Math.max(MESSAGE_CHARS, WINDOW_CHARS / count);
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = start + i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -messages.get(i).content().strip().length()));
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
}
