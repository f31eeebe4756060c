package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LocalReplyEngineTest {

    private final LocalReplyEngine engine = new LocalReplyEngine();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant MORNING_IN_TOKYO = Instant.parse("2026-03-04T00:30:00Z"); // 09:30 in Tokyo, 00:30 UTC

    @Test
    void friendlyGreetsByFirstNameAtTheRecipientsTimeOfDay() {
        ReplyEngine.Reply reply = engine.personalise(new ReplyEngine.Request("I'm away until Monday.", Tone.FRIENDLY, "Anna", "Bob Stone",
                MORNING_IN_TOKYO, TOKYO));
        assertEquals("Good morning, Anna!\n\nI'm away until Monday.\n\nThanks,\nBob", reply.text());
        assertTrue(reply.personalised());
        assertEquals("local", reply.engine());
        ReplyEngine.Reply utc = engine.personalise(new ReplyEngine.Request("I'm away.", Tone.FRIENDLY, "Anna", null,
                MORNING_IN_TOKYO, ZoneId.of("UTC")));
        assertTrue(utc.text().startsWith("Hi Anna!"), utc.text()); // 00:30 in UTC: no time-of-day greeting at night
    }

    @Test
    void formalReplacesTheTemplatesGreetingAndSignsOff() {
        ReplyEngine.Reply reply = engine.personalise(new ReplyEngine.Request("Hi there, thanks for your message. I will reply on Monday.",
                Tone.FORMAL, "Anna", "Bob Stone", Instant.parse("2026-03-04T15:00:00Z"), ZoneId.of("Europe/London")));
        assertEquals("Good afternoon Anna,\n\nThanks for your message. I will reply on Monday.\n\nKind regards,\nBob Stone", reply.text());
    }

    @Test
    void briefKeepsTwoSentencesAndAddsNothingElse() {
        ReplyEngine.Reply reply = engine.personalise(new ReplyEngine.Request(
                "Thanks for writing. I'm travelling. I'll be back on 3 August. Urgent matters: Carol.",
                Tone.BRIEF, "Anna", "Bob", MORNING_IN_TOKYO, TOKYO));
        assertEquals("Hi Anna, Thanks for writing. I'm travelling.", reply.text());
    }

    @Test
    void neverInventsFactsOnlyGreetingsAndSignOffs() {
        String rendered = "Our office is closed. We reopen on 2 January.";
        for (Tone tone : Tone.values()) {
            String text = engine.personalise(new ReplyEngine.Request(rendered, tone, "Anna", "Bob", MORNING_IN_TOKYO, TOKYO)).text();
            for (String word : Text.words(text)) {
                assertTrue(Text.fold(rendered + " anna bob good morning hi dear kind regards thanks").contains(word),
                        tone + " added '" + word + "': " + text);
            }
        }
    }

    @Test
    void withoutANameItStillGreetsWithoutInventingOne() {
        ReplyEngine.Reply reply = engine.personalise(new ReplyEngine.Request("Away today.", Tone.FRIENDLY, null, null,
                Instant.parse("2026-03-04T03:00:00Z"), ZoneId.of("UTC")));
        assertEquals("Hi!\n\nAway today.", reply.text());
        assertFalse(reply.personalised());
    }
}
