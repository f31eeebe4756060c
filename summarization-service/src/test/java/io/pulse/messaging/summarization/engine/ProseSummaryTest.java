package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The recap paragraph of the issue-14 threads ({@link IssueThreads}, the demo's launch thread): it states outcomes in
 * the thread's order, in the third person, and says a replaced decision only as what changed. Before the prose planner
 * the paragraph stitched "Nina: ..." quotes together, kept "Pro goes to $15" and left out the product, the refund, the
 * recovery and why the launch moved.
 */
class ProseSummaryTest {

    private final ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();

    private String summary(List<ChatMessage> messages) {
        return engine.summarize(messages, SummaryOptions.defaults()).summary();
    }

    @Test
    void pricingSaysTheFinalPriceAndTheOldOneOnlyAsChanged() {
        String s = summary(IssueThreads.pricing().messages());
        assertTrue(s.contains("$14 instead of $15"), s);
        assertFalse(s.contains("goes to $15"), () -> "the replaced decision is said as such: " + s);
        assertTrue(s.contains("Jess asks Omar to update the pricing page by Friday."), s);
        assertTrue(s.contains("Nina will tell the sales team about the $14 price tomorrow."), s);
        inThirdPersonWithoutQuotes(s);
    }

    @Test
    void blenderNamesTheProductTheOrderTheAmountAndTheRefund() {
        String s = summary(IssueThreads.blender().messages());
        assertTrue(s.startsWith("Marta's Vortex 600 blender arrived yesterday with a cracked jar (order #88213)."), s);
        assertTrue(s.contains("Lee's team will refund the full 349 EUR to Marta's card."), s);
        assertTrue(s.contains("Lee asks Sam to issue the refund for order #88213 today"), s);
        inOrder(s, "Vortex 600", "349 EUR", "Sam to issue the refund");
        inThirdPersonWithoutQuotes(s);
    }

    @Test
    void incidentSaysTheRecoveryAndKensOpenPostmortem() {
        String s = summary(IssueThreads.incident().messages());
        assertTrue(s.contains("checkout success rate is back to 98%"), s);
        assertTrue(s.contains("Priya asks Ken to write the postmortem by Thursday."), s);
        assertTrue(s.contains("Priya asks Leo to disable that job"), s);
        inOrder(s, "12%", "disable that job", "98%", "postmortem");
        inThirdPersonWithoutQuotes(s);
    }

    @Test
    void launchSaysWhyItMovedAndTheNewDate() {
        String s = summary(DemoThreadTest.messages());
        assertTrue(s.contains("crash on Android 12"), s);
        assertTrue(s.contains("move the launch to December 8 instead of December 3."), s);
        assertFalse(s.contains("go with December 3"), () -> "the replaced decision is said as such: " + s);
        assertTrue(s.contains("Bob will send the updated release notes by Friday."), s);
        assertTrue(s.contains("Alice asks Carol to chase legal today."), s);
        assertTrue(s.contains("Carol asks who is writing the announcement email for customers (still open)."), s);
        inOrder(s, "release notes", "chase legal", "crash on Android 12", "December 8", "launch checklist", "announcement email");
        inThirdPersonWithoutQuotes(s);
    }

    @Test
    void aDoneActionItemSaysItIsDone() {
        String s = summary(DemoThreadTest.messages());
        assertTrue(s.contains("Bob asks Alice to update the launch checklist by tomorrow; Alice reports it done."), s);
    }

    @Test
    void aPlaceholderSpeakerIsNamedAsTheOtherAddressesThemAndARealNameStays() {
        Person one = Conversation.person("Person1");
        Person two = Conversation.person("Person2");
        String s = summary(Conversation.startingAt("2026-12-01T10:00:00Z")
                .say(one, "Hey Jimmy. Let's go workout later today.")
                .say(two, "Sure. What time do you want to go?")
                .say(one, "How about at 3:30?")
                .say(two, "That sounds good. Today we work on legs and forearms.")
                .say(one, "My legs are sore, let's work out on arms and stomach today.")
                .say(two, "Alright, I'll meet you at the gym at 3:30 then.").messages());
        assertTrue(s.contains("Jimmy"), s);
        assertFalse(s.contains("Person2"), s);

        Person ann = Conversation.person("Ann Lee");
        Person ben = Conversation.person("Ben Ross");
        String named = summary(Conversation.startingAt("2026-12-01T10:00:00Z")
                .say(ann, "Hey Jimmy. Let's go workout later today.")
                .say(ben, "Sure. I'll meet you at the gym at 3:30 then.").messages());
        assertFalse(named.contains("Jimmy will meet"), named);
        assertTrue(named.contains("Ben will meet Ann at the gym at 3:30"), named);
    }

    private static void inThirdPersonWithoutQuotes(String s) {
        assertFalse(s.matches("(?s).*\\b\\p{Lu}\\p{Ll}+( asks)?: .*"), () -> "a speaker-prefixed quote: " + s);
        assertFalse(s.matches("(?s).*\\b(I|I'll|I'm|I've|me|my|we|We|we'll|we're|our|us)\\b.*"), () -> "first person: " + s);
    }

    private static void inOrder(String s, String... fragments) {
        int at = -1;
        for (String f : fragments) {
            int next = s.indexOf(f);
            assertTrue(next > at, () -> "\"" + f + "\" is not where the thread says it: " + s);
            at = next;
        }
    }
}
