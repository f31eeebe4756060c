package io.pulse.messaging.local;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The conversation the demo sends to the summarization and intelligence services: a product team's launch thread. */
final class DemoConversation {

    private record Person(UUID id, String name, String email) {
    }

    private record Line(Person from, int minutesAfterStart, String text) {
    }

    private static final Person ALICE = new Person(UUID.fromString("a11ce000-0000-4000-8000-000000000001"), "Alice Martin", "alice@acme.example");
    private static final Person BOB = new Person(UUID.fromString("b0b00000-0000-4000-8000-000000000002"), "Bob Chen", "bob@acme.example");
    private static final Person CAROL = new Person(UUID.fromString("ca201000-0000-4000-8000-000000000003"), "Carol Diaz", "carol@acme.example");

    /** A product team's thread about a launch: requests, commitments, a decision, a reversal, questions, a bad turn. */
    private static final List<Line> THREAD = List.of(
            new Line(ALICE, 0, "Morning all! Quick sync on the mobile app launch. Where are we with the release build?"),
            new Line(BOB, 4, "The release build is green. I'll send the updated release notes by Friday."),
            new Line(CAROL, 9, "Great work Bob! The marketing page is ready, but legal still hasn't approved the new privacy policy."),
            new Line(ALICE, 13, "Carol, can you chase legal today? We can't launch without their sign-off."),
            new Line(CAROL, 15, "Sure, I'll ping them right after lunch."),
            new Line(BOB, 22, "Should we launch on December 3 or wait until December 8 for the Android fixes?"),
            new Line(ALICE, 30, "Let's go with December 3 as the launch date, the Android fixes can ship in a patch."),
            new Line(BOB, 41, "Hmm, QA just found a crash on Android 12 when you open the camera. That is really bad."),
            new Line(CAROL, 44, "Ugh, that's frustrating. Customers will hate a crash on day one."),
            new Line(ALICE, 52, "Agreed, we can't ship a crash. Change of plan: we decided to move the launch to December 8 instead."),
            new Line(BOB, 58, "Makes sense. Alice, could you update the launch checklist by tomorrow?"),
            new Line(CAROL, 65, "Does anyone know who is writing the announcement email for customers?"),
            new Line(ALICE, 70, "Checklist updated, done. Thanks both, great teamwork!"));

    private final OffsetDateTime start;
    private final List<UUID> messageIds = new ArrayList<>();

    DemoConversation() {
        // The conversation took place over the last few hours, so it is in the past whenever the demo runs.
        this.start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        for (int i = 0; i < THREAD.size(); i++) {
            messageIds.add(UUID.nameUUIDFromBytes(("pulse-demo-message-" + i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    UUID conversationId() {
        return UUID.nameUUIDFromBytes("pulse-demo-launch-thread".getBytes(StandardCharsets.UTF_8));
    }

    /** The thread as the services take it: summaries want UUID ids, intelligence takes any string id. */
    JsonArray messages() {
        JsonArray messages = new JsonArray();
        for (int i = 0; i < THREAD.size(); i++) {
            Line line = THREAD.get(i);
            messages.add(new JsonObject()
                    .put("id", messageIds.get(i).toString())
                    .put("sender", new JsonObject().put("id", line.from().id().toString()).put("name", line.from().name()))
                    .put("content", line.text())
                    .put("sentAt", start.plusMinutes(line.minutesAfterStart()).toString()));
        }
        return messages;
    }

    /** The message with that id as "First name: text", or an empty string when the id is not one of the thread's. */
    String textOf(String messageId) {
        int index = messageId == null ? -1 : messageIds.indexOf(UUID.fromString(messageId));
        return index < 0 ? "" : THREAD.get(index).from().name().split(" ")[0] + ": " + THREAD.get(index).text();
    }
}
