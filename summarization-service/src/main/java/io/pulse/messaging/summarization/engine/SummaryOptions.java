package io.pulse.messaging.summarization.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the reader asked for.
 *
 * @param maxKeyPoints how many key points at most
 * @param readerId the user who reads the summary (ranks what concerns them first in digests), or null
 * @param readerName the reader's display name, to recognise mentions of a reader who wrote nothing, or null
 * @param zone the reader's time zone: relative due dates ("tomorrow", "by Friday") resolve in it
 * @param maxMessages the engine's input budget: a longer thread is cut to its latest messages and the
 *        coverage says so
 */
public record SummaryOptions(int maxKeyPoints, UUID readerId, String readerName, ZoneId zone, int maxMessages) {

    public static final int DEFAULT_MAX_KEY_POINTS = 5;
    public static final int DEFAULT_MAX_MESSAGES = 5000;

    public SummaryOptions {
        if (maxKeyPoints < 1) {
            throw new IllegalArgumentException("maxKeyPoints must be at least 1");
        }
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be at least 1");
        }
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public static SummaryOptions defaults() {
        return new SummaryOptions(DEFAULT_MAX_KEY_POINTS, null, null, ZoneId.of("UTC"), DEFAULT_MAX_MESSAGES);
    }

    public SummaryOptions withZone(ZoneId newZone) {
        return new SummaryOptions(maxKeyPoints, readerId, readerName, newZone, maxMessages);
    }

    public SummaryOptions withReader(UUID reader, String name) {
        return new SummaryOptions(maxKeyPoints, reader, name, zone, maxMessages);
    }

    public SummaryOptions withMaxKeyPoints(int max) {
        return new SummaryOptions(max, readerId, readerName, zone, maxMessages);
    }

    public SummaryOptions withMaxMessages(int max) {
        return new SummaryOptions(maxKeyPoints, readerId, readerName, zone, max);
    }

    /**
     * The reader as a person of {@code messages}: the sender with the reader's id, else the reader by the name given
     * (a reader who wrote nothing there), else null (no reader, or one known by id only).
     */
    public Person readerIn(List<ChatMessage> messages) {
        if (readerId == null) {
            return null;
        }
        for (ChatMessage m : messages) {
            if (m.sender().id().equals(readerId)) {
                return m.sender();
            }
        }
        return readerName == null || readerName.isBlank() ? null : new Person(readerId, readerName);
    }
}
