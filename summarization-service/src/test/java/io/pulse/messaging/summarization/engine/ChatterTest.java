package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What {@link Chatter} takes for greetings, thanks, complaints and threats, and what it leaves to the detectors (a
 * fact after a sigh, a request in a complaint, a need that mentions how often it happened).
 */
class ChatterTest {

    private static Chatter.Kind kind(String sentence) {
        ParsedThread t = new ParsedThread(Conversation.startingAt("2026-12-01T09:00:00Z").say(IssueThreads.LEE, sentence).messages(),
                SummaryOptions.defaults());
        return Chatter.of(t.sentences.get(0));
    }

    @Test
    void greetingsThanksComplaintsAndThreats() {
        Map<String, Chatter.Kind> expected = Map.ofEntries(
                Map.entry("Marta, Lee here from returns.", Chatter.Kind.GREETING),
                Map.entry("Anna from billing here.", Chatter.Kind.GREETING),
                Map.entry("Hi, this is Sam from the billing team.", Chatter.Kind.GREETING),
                Map.entry("Hi everyone, happy to join!", Chatter.Kind.GREETING),
                Map.entry("Guten Morgen zusammen!", Chatter.Kind.GREETING),
                Map.entry("Thank you so much!", Chatter.Kind.THANKS),
                Map.entry("Honestly I expected better for a 349 EUR blender.", Chatter.Kind.COMPLAINT),
                Map.entry("Make sure it doesn't happen again.", Chatter.Kind.COMPLAINT),
                Map.entry("love it.", Chatter.Kind.COMPLAINT),
                Map.entry("If this isn't sorted by Friday I'll file a chargeback with my bank.", Chatter.Kind.THREAT),
                Map.entry("I'm going to leave a one-star review everywhere.", Chatter.Kind.THREAT),
                Map.entry("Wenn das nicht bis Freitag erledigt ist, gehe ich zum Anwalt.", Chatter.Kind.THREAT));
        expected.forEach((sentence, kind) -> assertEquals(kind, kind(sentence), sentence));
    }

    @Test
    void businessIsNoChatter() {
        for (String sentence : new String[] {
                "Hi, my Vortex 600 blender arrived yesterday with a cracked jar.",
                "Ugh, my flight to Lisbon is delayed by three hours.",
                "We need to move logs to object storage for good, this is the third time this quarter.",
                "Thanks for the photo, the crack is clear.",
                "It's Monday, the release train leaves at noon.",
                "If you send me the logs, I'll look into it.",
                "I'm sorry about that."}) {
            assertEquals(Chatter.Kind.NONE, kind(sentence), sentence);
        }
    }
}
