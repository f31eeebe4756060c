package io.pulse.messaging.summarization.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.Person;

/** The messages' part of a key, made once and kept for a repeated body, gives the keys the service always gave. */
class CacheKeysTest {

    /** The key as it was computed before the part was kept: every field added to the digest one at a time. */
    private static String reference(String prefix, List<ChatMessage> messages) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<ChatMessage> ordered = new ArrayList<>(messages);
        ordered.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        List<Object> values = new ArrayList<>(List.of(prefix, ordered.size()));
        for (ChatMessage m : ordered) {
            values.addAll(java.util.Arrays.asList(m.id(), m.sender().id(), m.sender().name(), m.sentAt(), m.replyTo(), m.content()));
        }
        for (Object value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            digest.update((byte) ';');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<ChatMessage> thread(Random random, int n) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            UUID replyTo = i > 0 && random.nextBoolean() ? messages.get(random.nextInt(i)).id() : null;
            messages.add(new ChatMessage(id, new Person(new UUID(0, random.nextInt(4)), "Zoë " + random.nextInt(4)),
                    "Ünïcode ✓ line " + random.nextInt(1000), Instant.ofEpochSecond(1_790_000_000L + random.nextInt(5000)), replyTo));
        }
        return messages;
    }

    @Test
    void theKeptPartGivesTheKeysOfOld() throws Exception {
        Random random = new Random(16);
        for (int round = 0; round < 50; round++) {
            List<ChatMessage> messages = thread(random, 1 + random.nextInt(40));
            String expected = reference("summary/v1", messages);
            assertEquals(expected, new CacheKeys().add("summary/v1").addMessages(messages).hex());
            assertEquals(expected, new CacheKeys().add("summary/v1").addMessages(CacheKeys.messagesPart(messages)).hex());
            List<ChatMessage> reversed = new ArrayList<>(messages);
            java.util.Collections.reverse(reversed);
            assertEquals(expected, new CacheKeys().add("summary/v1").addMessages(CacheKeys.messagesPart(reversed)).hex(),
                    "any order of the same messages is the same key");
        }
        List<ChatMessage> one = thread(new Random(1), 3);
        List<ChatMessage> edited = new ArrayList<>(one);
        ChatMessage m = one.get(0);
        edited.set(0, new ChatMessage(m.id(), m.sender(), m.content() + ".", m.sentAt(), m.replyTo()));
        assertNotEquals(new CacheKeys().addMessages(one).hex(), new CacheKeys().addMessages(edited).hex());
    }
}
