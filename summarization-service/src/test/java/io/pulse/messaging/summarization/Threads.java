package io.pulse.messaging.summarization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the API tests: realistic threads as JSON-ready maps. */
public final class Threads {

    public static final UUID ALICE = UUID.fromString("00000000-0000-4000-8000-00000000a11c");
    public static final UUID BOB = UUID.fromString("00000000-0000-4000-8000-000000000b0b");
    public static final UUID CAROL = UUID.fromString("00000000-0000-4000-8000-0000000ca201");

    private Threads() {
    }

    public static Map<String, Object> sender(UUID id, String name) {
        return Map.of("id", id.toString(), "name", name);
    }

    public static Map<String, Object> message(UUID id, UUID sender, String name, String content, Instant sentAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("sender", sender(sender, name));
        m.put("content", content);
        m.put("sentAt", sentAt.toString());
        return m;
    }

    /** A launch-planning thread, Wednesday 25 November 2026 (morning in New York). */
    public static List<Map<String, Object>> launch() {
        Instant t = Instant.parse("2026-11-25T14:00:00Z");
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(message(id(0), ALICE, "Alice Martin", "We need to finalize the launch plan for the mobile app release.", t));
        messages.add(message(id(1), ALICE, "Alice Martin", "Bob, can you send the updated release notes by Friday?", t.plusSeconds(60)));
        messages.add(message(id(2), BOB, "Bob Chen", "Sure, I'll send the release notes by Friday.", t.plusSeconds(120)));
        messages.add(message(id(3), CAROL, "Carol Diaz", "Let's go with December 3 as the launch date for the mobile app.", t.plusSeconds(180)));
        messages.add(message(id(4), BOB, "Bob Chen", "Does anyone know if legal has approved the new privacy policy?", t.plusSeconds(240)));
        messages.add(message(id(5), ALICE, "Alice Martin", "Carol, please prepare the app store screenshots tomorrow.", t.plusSeconds(300)));
        return messages;
    }

    public static UUID id(int n) {
        return UUID.fromString(String.format("10000000-0000-4000-8000-%012d", n));
    }

    public static Map<String, Object> request(UUID conversation, List<Map<String, Object>> messages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", conversation.toString());
        body.put("type", "thread");
        body.put("messages", messages);
        body.put("options", new LinkedHashMap<>(Map.of("maxKeyPoints", 5, "timeZone", "America/New_York")));
        return body;
    }
}
